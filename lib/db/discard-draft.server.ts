import "server-only";

import { requirePersonActor } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";
import { appendDraftEvent, appendDraftRefusal } from "./draft-access.server";
import type { Actor } from "./types";

/**
 * Deletes a draft with its `draft-discarded` event. Only the author discards a draft (an admin may read one,
 * not throw it away). False when there is no draft of the actor's with that id, the same answer for another's.
 */
export async function discardDraft(actor: Actor, id: string): Promise<boolean> {
  requirePersonActor(actor);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.screeningDraft.findUnique({ where: { id }, select: { id: true, authorId: true, patientId: true } });
    if (!row) return false;
    if (row.authorId !== actor.userId) {
      await appendDraftRefusal(tx, actor, "draft-discarded", row);
      return false;
    }
    await tx.screeningDraft.delete({ where: { id: row.id }, select: { id: true } });
    await appendDraftEvent(tx, actor, "draft-discarded", row);
    return true;
  }, TRANSACTION_OPTIONS);
}
