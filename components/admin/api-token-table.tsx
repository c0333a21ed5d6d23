import type { ActionResult } from "@/lib/actions/define-action";
import type { ApiTokenSummary } from "@/lib/db/types";

import { DateTime } from "../dates";
import { ScrollingTable } from "../scrolling-table";

import { ConfirmedActionButton } from "./confirmed-action-button";

/** Every token, newest first: never the token itself, only the prefix that tells it apart. */
export function ApiTokenTable({ tokens, revoke }: { tokens: readonly ApiTokenSummary[]; revoke: (form: unknown) => Promise<ActionResult<object>> }) {
  if (tokens.length === 0) return <p>No token has been issued yet.</p>;
  return (
    <ScrollingTable label="API tokens" caption="API tokens, newest first" columns={["Label", "Prefix", "Owner", "Issued", "Last used", "Status", "Actions"]}>
      {tokens.map((token) => (
        <tr key={token.id} className={token.revokedAt ? "text-slate-600" : undefined}>
          <th scope="row" className="px-4 py-3 font-semibold">{token.name}</th>
          <td className="px-4 py-3 font-mono text-sm">{token.prefix}…</td>
          <td className="px-4 py-3 text-sm">
            {token.owner.name}
            <br />
            {token.owner.email}
          </td>
          <td className="px-4 py-3 text-sm"><DateTime at={token.createdAt} /></td>
          <td className="px-4 py-3 text-sm">{token.lastUsedAt ? <DateTime at={token.lastUsedAt} /> : "Never"}</td>
          <td className="px-4 py-3 text-sm">
            {token.revokedAt ? (
              <>Revoked <DateTime at={token.revokedAt} /></>
            ) : (
              "Active"
            )}
          </td>
          <td className="px-4 py-3">
            {!token.revokedAt && (
              <ConfirmedActionButton
                input={{ tokenId: token.id }}
                label="Revoke"
                confirmation={`“${token.name}” stops working at once, for good. Systems using it must get a new token.`}
                act={revoke}
              />
            )}
          </td>
        </tr>
      ))}
    </ScrollingTable>
  );
}
