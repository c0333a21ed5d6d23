import "server-only";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";

import type { Actor } from "./types";

/** After better-auth stored the new password: lifts the temporary-password flag and records the change. */
export async function completePasswordChange(actor: Actor & { readonly userId: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { mustChangePassword: false }, select: { id: true } });
    await appendAuditEvent(tx, {
      ...actorColumns(actor),
      event: "password-changed",
      outcome: "success",
      recordType: "user",
      recordId: actor.userId,
      patientId: null,
      detail: null,
    });
  }, TRANSACTION_OPTIONS);
}
