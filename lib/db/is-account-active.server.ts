import "server-only";

import { getDb } from "./client.server";

/** True when the account exists and has not been deactivated. */
export async function isAccountActive(userId: string): Promise<boolean> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
  return user !== null && user.deactivatedAt === null;
}
