"use server";

/**
 * The "new screening" Server Action. Every export of a "use server" file is a public POST endpoint, so the
 * argument is typed `unknown` and parsed here again with the form's own schema, whatever the browser checked.
 */
import type { FieldErrors } from "@/lib/actions/define-action";
import { saveScreening } from "@/lib/db/save-screening.server";
import type { AmendmentRefusal } from "@/lib/db/types";
import { assess } from "@/lib/rules";
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";
import { actorFor } from "@/lib/server/request-context.server";
import { serverAction } from "@/lib/server/server-action";

/** The data layer names fields within the screening input ("patient.medicalRecordNumber"); the form nests it. */
function asSubmissionPaths(fieldErrors: Record<string, string[]>): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([path, messages]) => [path === "patientId" ? path : `screening.${path}`, messages]),
  );
}

/** Said in the form's error box; the amend page itself links to the version that can be amended. */
function amendmentRefusalMessage(refusal: AmendmentRefusal): string {
  switch (refusal.reason) {
    case "not-found":
      return "The screening to amend no longer exists. Nothing was saved.";
    case "awaiting-review":
      return "This screening is not signed yet: review and sign it instead of amending it. Nothing was saved.";
    case "already-amended":
      return "This version was amended by someone else in the meantime: only the latest version can be amended. Nothing was saved; open the latest version to amend it.";
  }
}

const saveNewScreening = serverAction({
  access: "clinician",
  name: "save-screening",
  schema: screeningSubmissionSchema,
  handler: async ({ submissionId, patientId, screening, confirmedIdentityChange, draftId, amendment }, user) => {
    // Today's rules, for a new screening and an amendment alike: an amendment is assessed afresh.
    const assessment = assess(screening);
    // Idempotent on submissionId: a retry or double click gets the first screening back, not a second one.
    // The draft, if any, is deleted in the same transaction as the screening is stored.
    const saved = await saveScreening({
      actor: await actorFor(user),
      submissionId,
      patientId,
      input: screening,
      assessment,
      confirmedIdentityChange,
      draftId,
      amendment,
    });
    // Nothing was stored: the form shows the change (old -> new) and resubmits with it once confirmed.
    if (!saved.ok && saved.identityChange) return { ok: false as const, identityChange: saved.identityChange };
    if (!saved.ok && saved.amendmentRefused) return { ok: false as const, formError: amendmentRefusalMessage(saved.amendmentRefused) };
    if (!saved.ok) return { ok: false as const, fieldErrors: asSubmissionPaths(saved.fieldErrors) };
    return { ok: true as const, screeningId: saved.screeningId };
  },
});

export async function saveScreeningAction(submission: unknown) {
  return saveNewScreening(submission);
}
