import "server-only";

import type { AuditEventInput } from "@/lib/audit/events";

import { appendAuditEvent, type AppendedAuditEvent } from "./append-audit-event.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";

/**
 * Records an event that changes nothing else (a sign-in, a record viewed) in a transaction of its own. An event
 * that goes with a change is appended inside that change's transaction instead (`appendAuditEvent`).
 */
export async function recordAuditEvent(input: AuditEventInput, now?: Date): Promise<AppendedAuditEvent> {
  const db = await getDb();
  return db.$transaction((tx) => appendAuditEvent(tx, input, now), TRANSACTION_OPTIONS);
}
