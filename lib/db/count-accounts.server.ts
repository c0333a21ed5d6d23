import "server-only";

import { getDb } from "./client.server";

/** How many accounts exist (on a first start there are none, and the demo accounts are made). */
export async function countAccounts(): Promise<number> {
  const db = await getDb();
  return db.user.count();
}
