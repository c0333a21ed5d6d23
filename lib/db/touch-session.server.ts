import "server-only";

import { getDb } from "./client.server";

/** Marks a session active now (the idle clock restarts). A session deleted meanwhile is left deleted. */
export async function touchSession(sessionId: string, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.session.updateMany({ where: { id: sessionId, lastActiveAt: { lt: now } }, data: { lastActiveAt: now } });
}
