import "server-only";

import { isRole } from "@/lib/auth/roles";
import type { AuditDetail, AuditEventName, AuditOutcome } from "@/lib/audit/events";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns } from "./audit-actor.server";
import type { Db, Tx } from "./client.server";
import type { Actor } from "./types";

/**
 * Whether the actor is an admin now, read from the account itself rather than from the session: admins may
 * read every draft (the Actor type carries no role, and a role changed mid-session must count at once).
 */
export async function actorIsAdmin(db: Db | Tx, actor: Actor): Promise<boolean> {
  if (actor.userId === null) return false;
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { role: true, deactivatedAt: true } });
  return user !== null && user.deactivatedAt === null && isRole(user.role) && user.role === "admin";
}

type DraftEvent = Extract<AuditEventName, `draft-${string}`>;

/** A draft's audit event, appended in the caller's transaction; the patient is named by id only. */
export async function appendDraftEvent(
  tx: Tx,
  actor: Actor,
  event: DraftEvent,
  draft: { readonly id: string; readonly patientId: string | null },
  detail: AuditDetail | null = null,
  outcome: AuditOutcome = "success",
): Promise<void> {
  await appendAuditEvent(tx, {
    ...actorColumns(actor),
    event,
    outcome,
    recordType: "draft",
    recordId: draft.id,
    patientId: draft.patientId,
    detail,
  });
}

/**
 * Records an attempt on a draft that is not the actor's. The caller then answers as if there were no such
 * draft, so a guessed id tells the caller nothing, while the trail still shows the attempt.
 */
export async function appendDraftRefusal(
  tx: Tx,
  actor: Actor,
  event: DraftEvent,
  draft: { readonly id: string; readonly patientId: string | null },
): Promise<void> {
  await appendDraftEvent(tx, actor, event, draft, { reason: "not-author" }, "denied");
}
