import "server-only";

import { appendAuditEvent } from "./append-audit-event.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";

export type SessionEndReason = "sign-out" | "idle-logoff" | "account-deactivated";

/**
 * Deletes one session and records why, in one transaction. Only the request that actually deleted it writes
 * the event, so an idle logoff seen by two requests at once is recorded once.
 */
export async function endSession(args: {
  readonly sessionId: string;
  readonly reason: SessionEndReason;
  readonly actorUserId: string;
  readonly actorEmail: string;
  readonly ipAddress: string;
}): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const deleted = await tx.session.deleteMany({ where: { id: args.sessionId } });
    if (deleted.count === 0) return false;
    await appendAuditEvent(tx, {
      actorUserId: args.actorUserId,
      actorEmail: args.actorEmail,
      event: args.reason === "account-deactivated" ? "access-denied" : args.reason,
      outcome: args.reason === "account-deactivated" ? "denied" : "success",
      recordType: "session",
      recordId: args.sessionId,
      patientId: null,
      ipAddress: args.ipAddress,
      detail: args.reason === "account-deactivated" ? { reason: "account deactivated" } : null,
    });
    return true;
  }, TRANSACTION_OPTIONS);
}
