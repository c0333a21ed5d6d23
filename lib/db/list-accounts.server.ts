import "server-only";

import { isRole } from "@/lib/auth/roles";

import { getDb } from "./client.server";
import type { AccountSummary } from "./types";

/** Every account, active ones first, then by name. Accounts are few (a clinic's staff): no paging. */
export async function listAccounts(): Promise<AccountSummary[]> {
  const db = await getDb();
  const rows = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, twoFactorEnabled: true, mustChangePassword: true, deactivatedAt: true, createdAt: true },
  });
  return rows
    .map(({ twoFactorEnabled, role, ...account }) => {
      if (!isRole(role)) throw new Error(`Stored account ${account.id} has an unknown role`);
      return { ...account, role, mfaEnrolled: twoFactorEnabled === true };
    })
    .sort((a, b) => Number(a.deactivatedAt !== null) - Number(b.deactivatedAt !== null) || a.name.localeCompare(b.name, "en"));
}

