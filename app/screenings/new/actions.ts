"use server";

/**
 * The "new screening" Server Action. Every export of a "use server" file is a public POST endpoint, so the
 * argument is typed `unknown` and parsed here again with the form's own schema, whatever the browser checked.
 */
import type { FieldErrors } from "@/lib/actions/define-action";
import { saveScreening } from "@/lib/db/save-screening.server";
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

const saveNewScreening = serverAction({
  access: "clinician",
  name: "save-screening",
  schema: screeningSubmissionSchema,
  handler: async ({ submissionId, patientId, screening, confirmedIdentityChange, draftId }, user) => {
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
    });
    // Nothing was stored: the form shows the change (old -> new) and resubmits with it once confirmed.
    if (!saved.ok && saved.identityChange) return { ok: false as const, identityChange: saved.identityChange };
    if (!saved.ok) return { ok: false as const, fieldErrors: asSubmissionPaths(saved.fieldErrors) };
    return { ok: true as const, screeningId: saved.screeningId };
  },
});

export async function saveScreeningAction(submission: unknown) {
  return saveNewScreening(submission);
}
