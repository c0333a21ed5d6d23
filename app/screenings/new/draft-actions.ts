"use server";

/**
 * Drafts of the "new screening" form. Each export is a public POST endpoint: the input is parsed here with the
 * draft schema, and the data layer decides whose draft may be changed (its author's only).
 */
import { discardDraft } from "@/lib/db/discard-draft.server";
import { saveDraft } from "@/lib/db/save-draft.server";
import { draftIdSchema, draftSaveSchema } from "@/lib/screening/draft-schema";
import { actorFor } from "@/lib/server/request-context.server";
import { serverAction } from "@/lib/server/server-action";

const DRAFT_FAILURE = "The draft could not be saved; your entries are still in the form.";

const saveScreeningDraft = serverAction({
  access: "clinician",
  name: "save-screening-draft",
  schema: draftSaveSchema,
  failureMessage: DRAFT_FAILURE,
  handler: async ({ draftId, submissionId, patientId, formState }, user) => {
    const saved = await saveDraft({ actor: await actorFor(user), draftId, submissionId, patientId, formState });
    if (saved.ok) return { ok: true as const, state: "saved" as const, draftId: saved.draftId, savedAt: saved.savedAt.toISOString() };
    if (saved.reason === "invalid") return { ok: false as const, fieldErrors: saved.fieldErrors };
    // Not a failure to retry: the screening was saved from this form, or the draft was discarded elsewhere.
    return { ok: true as const, state: "gone" as const };
  },
});

const discardScreeningDraft = serverAction({
  access: "clinician",
  name: "discard-screening-draft",
  schema: draftIdSchema,
  failureMessage: "The draft could not be discarded; try again.",
  handler: async ({ draftId }, user) => {
    const discarded = await discardDraft(await actorFor(user), draftId);
    return discarded ? { ok: true as const } : { ok: false as const, formError: "This draft no longer exists." };
  },
});

export async function saveDraftAction(input: unknown) {
  return saveScreeningDraft(input);
}

export async function discardDraftAction(input: unknown) {
  return discardScreeningDraft(input);
}
