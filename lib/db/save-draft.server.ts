import "server-only";

import { requirePersonActor } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS, type Tx } from "./client.server";
import { appendDraftEvent, appendDraftRefusal } from "./draft-access.server";
import { isUniqueViolation } from "./unique-violation.server";
import type { SaveDraftArgs, SaveDraftResult } from "./types";

const GONE = { ok: false, reason: "gone" } as const;

/**
 * Creates or updates a draft of the screening form, with its `draft-saved` event, in one transaction. Only the
 * author changes a draft. Without `draftId` the draft already filed under the form's submission id is updated
 * (a first save retried after a lost answer must not file a second draft).
 *
 * Once a screening exists for the submission id, the draft was deleted with it and is never written again: an
 * autosave still under way when the screening was saved answers `gone`.
 */
export async function saveDraft(args: SaveDraftArgs): Promise<SaveDraftResult> {
  requirePersonActor(args.actor);
  const db = await getDb();
  try {
    return await db.$transaction((tx) => writeDraft(tx, args), TRANSACTION_OPTIONS);
  } catch (error) {
    // Two first saves of one form raced on the submission id: the second now finds the first's draft.
    if (!isUniqueViolation(error)) throw error;
    return db.$transaction((tx) => writeDraft(tx, args), TRANSACTION_OPTIONS);
  }
}

async function writeDraft(tx: Tx, { actor, draftId, submissionId, patientId, formState }: SaveDraftArgs): Promise<SaveDraftResult> {
  requirePersonActor(actor);
  const finished = await tx.screening.findUnique({ where: { submissionId }, select: { id: true } });
  if (finished) return GONE;

  const select = { id: true, authorId: true, patientId: true, submissionId: true } as const;
  const existing =
    draftId === undefined
      ? await tx.screeningDraft.findUnique({ where: { submissionId }, select })
      : await tx.screeningDraft.findUnique({ where: { id: draftId }, select });
  if (draftId !== undefined && !existing) return GONE;
  if (existing && existing.authorId !== actor.userId) {
    await appendDraftRefusal(tx, actor, "draft-saved", existing);
    return GONE;
  }
  // A draft belongs to one form: its submission id never changes, or the finished screening would lose it.
  if (existing && existing.submissionId !== submissionId) return GONE;

  if (patientId !== undefined && !(await tx.patient.findUnique({ where: { id: patientId }, select: { id: true } }))) {
    return { ok: false, reason: "invalid", fieldErrors: { patientId: ["This patient no longer exists; choose the patient again"] } };
  }

  const data = { patientId: patientId ?? null, formState };
  const saved = existing
    ? await tx.screeningDraft.update({ where: { id: existing.id }, data, select: { id: true, updatedAt: true } })
    : await tx.screeningDraft.create({ data: { ...data, authorId: actor.userId, submissionId }, select: { id: true, updatedAt: true } });
  await appendDraftEvent(tx, actor, "draft-saved", { id: saved.id, patientId: patientId ?? null }, { created: !existing });
  return { ok: true, draftId: saved.id, savedAt: saved.updatedAt };
}
