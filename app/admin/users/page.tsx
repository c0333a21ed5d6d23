import type { Metadata } from "next";

import { ConfirmedActionButton } from "@/components/admin/confirmed-action-button";
import { CreateAccountForm } from "@/components/admin/forms-after-page";
import { DateTime } from "@/components/dates";
import { ScrollingTable } from "@/components/scrolling-table";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listAccounts } from "@/lib/db/list-accounts.server";
import { requireUser } from "@/lib/server/require-user.server";

import { createAccountAction, deactivateAccountAction, resetSecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const admin = await requireUser("admin", "admin/users");
  const accounts = await listAccounts();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <section aria-labelledby="accounts-title" className="space-y-3">
        <h2 id="accounts-title" className="text-xl font-semibold">
          People with access ({accounts.filter((account) => !account.deactivatedAt).length} active)
        </h2>
        <ScrollingTable label="Accounts" caption="Accounts, active first" columns={["Name and email", "Role", "Status", "Actions"]}>
          {accounts.map((account) => (
            <tr key={account.id} className={account.deactivatedAt ? "text-slate-600" : undefined}>
              <th scope="row" className="px-4 py-3 font-normal">
                <span className="font-semibold">{account.name}</span>
                <br />
                <span className="text-sm">{account.email}</span>
              </th>
              <td className="px-4 py-3">{ROLE_LABELS[account.role]}</td>
              <td className="px-4 py-3 text-sm">
                {account.deactivatedAt ? (
                  <>Deactivated <DateTime at={account.deactivatedAt} /></>
                ) : (
                  <>
                    {account.mustChangePassword ? "Temporary password" : "Own password"}
                    <br />
                    {account.mfaEnrolled ? "Authenticator set up" : "Authenticator not set up"}
                  </>
                )}
              </td>
              <td className="space-y-2 px-4 py-3">
                {!account.deactivatedAt && account.id !== admin.id && (
                  <>
                    {account.mfaEnrolled && (
                      <ConfirmedActionButton
                        input={{ userId: account.id }}
                        label="Reset authenticator"
                        confirmation={`${account.name} will be signed out and must set up an authenticator app at next sign-in.`}
                        act={resetSecondFactorAction}
                      />
                    )}
                    <ConfirmedActionButton
                      input={{ userId: account.id }}
                      label="Deactivate"
                      confirmation={`${account.name} will be signed out at once and can no longer sign in. Their records stay.`}
                      act={deactivateAccountAction}
                    />
                  </>
                )}
                {account.id === admin.id && <span className="text-sm text-slate-700">You</span>}
              </td>
            </tr>
          ))}
        </ScrollingTable>
      </section>
      <section aria-labelledby="create-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="create-title" className="text-xl font-semibold">
          Create an account
        </h2>
        <CreateAccountForm create={createAccountAction} />
      </section>
    </div>
  );
}
