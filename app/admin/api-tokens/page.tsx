import type { Metadata } from "next";
import Link from "next/link";

import { ApiTokenTable } from "@/components/admin/api-token-table";
import { IssueApiTokenForm } from "@/components/admin/forms-after-page";
import { listAccounts } from "@/lib/db/list-accounts.server";
import { listApiTokens } from "@/lib/db/api-tokens.server";
import { requireUser } from "@/lib/server/require-user.server";

import { issueApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  await requireUser("admin", "admin/api-tokens");
  const [tokens, accounts] = await Promise.all([listApiTokens(), listAccounts()]);
  const owners = accounts.filter((account) => !account.deactivatedAt).map((account) => ({ value: account.email, label: `${account.name} (${account.email})` }));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <p className="max-w-2xl">
        A token lets another system use the JSON API as the person it is issued for, with their role, until it is revoked or their account is
        deactivated. It skips the authenticator code, so issue one only for a system you trust, and revoke it when it is no longer needed.
      </p>
      <p className="max-w-2xl">
        What such a system can do with it, request by request, is in the{" "}
        <Link href="/api-reference" className="text-blue-800 underline">
          API reference
        </Link>
        .
      </p>
      <section aria-labelledby="tokens-title" className="space-y-3">
        <h2 id="tokens-title" className="text-xl font-semibold">
          Tokens ({tokens.filter((token) => !token.revokedAt).length} active)
        </h2>
        <ApiTokenTable tokens={tokens} revoke={revokeApiTokenAction} />
      </section>
      <section aria-labelledby="issue-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="issue-title" className="text-xl font-semibold">
          Issue a token
        </h2>
        <IssueApiTokenForm owners={owners} issue={issueApiTokenAction} />
      </section>
    </div>
  );
}
