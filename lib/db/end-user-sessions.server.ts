import "server-only";

import type { AuditEventName } from "@/lib/audit/events";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns } from "./audit-actor.server";
import type { Tx } from "./client.server";
import type { Actor } from "./types";

/**
 * Inside an account change's transaction: signs the account out everywhere (its sessions are rows, so every app
 * server sees them gone at the next request) and records the change with how many sessions it ended.
 */
export async function endUserSessionsAndRecord(tx: Tx, actor: Actor, userId: string, event: AuditEventName): Promise<void> {
  const sessions = await tx.session.deleteMany({ where: { userId } });
  await appendAuditEvent(tx, {
    ...actorColumns(actor),
    event,
    outcome: "success",
    recordType: "user",
    recordId: userId,
    patientId: null,
    detail: { sessionsEnded: sessions.count },
  });
}
