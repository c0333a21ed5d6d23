import type { Metadata } from "next";

import { AccountActionButton } from "@/components/admin/account-action-button";
import { CreateAccountForm } from "@/components/admin/create-account-form";
import { DateTime } from "@/components/dates";
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
        <div role="region" aria-label="Accounts (scrolls sideways)" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white focus:outline focus:outline-2 focus:outline-blue-800">
          <table className="w-full text-left">
            <caption className="sr-only">Accounts, active first</caption>
            <thead className="border-b border-slate-300 bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-3">Name and email</th>
                <th scope="col" className="px-4 py-3">Role</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3">Actions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
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
                          <AccountActionButton
                            userId={account.id}
                            label="Reset authenticator"
                            confirmation={`${account.name} will be signed out and must set up an authenticator app at next sign-in.`}
                            act={resetSecondFactorAction}
                          />
                        )}
                        <AccountActionButton
                          userId={account.id}
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
            </tbody>
          </table>
        </div>
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
