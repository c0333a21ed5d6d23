import "server-only";

import { draftScreeningStateSchema } from "@/lib/screening/draft-schema";

import { requirePersonActor } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";
import { actorIsAdmin, appendDraftEvent, appendDraftRefusal } from "./draft-access.server";
import { parseStored } from "./stored-json.server";
import type { Actor, DraftDetail } from "./types";

/**
 * A draft to resume, for its author or an admin; null when there is none the actor may open (a clinician
 * asking for another's draft gets the same null as for an unknown id, and the attempt is recorded).
 * Every opening is recorded (`draft-opened`): a draft holds patient data as much as a screening does.
 */
export async function getDraft(actor: Actor, id: string): Promise<DraftDetail | null> {
  requirePersonActor(actor);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.screeningDraft.findUnique({
      where: { id },
      select: { id: true, authorId: true, submissionId: true, patientId: true, formState: true, updatedAt: true },
    });
    if (!row) return null;
    const ownDraft = row.authorId === actor.userId;
    if (!ownDraft && !(await actorIsAdmin(tx, actor))) {
      await appendDraftRefusal(tx, actor, "draft-opened", row);
      return null;
    }
    await appendDraftEvent(tx, actor, "draft-opened", row, { ownDraft });
    return {
      id: row.id,
      submissionId: row.submissionId,
      patientId: row.patientId,
      formState: parseStored(draftScreeningStateSchema, row.formState, `form state of draft ${row.id}`),
      updatedAt: row.updatedAt,
      ownDraft,
    };
  }, TRANSACTION_OPTIONS);
}
