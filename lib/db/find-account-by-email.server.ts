import "server-only";

import { getDb } from "./client.server";

/** The account a sign-in names, if any: its id for the audit trail, and whether it may sign in. */
export async function findAccountByEmail(email: string): Promise<{ readonly id: string; readonly active: boolean } | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, deactivatedAt: true } });
  return user ? { id: user.id, active: user.deactivatedAt === null } : null;
}
