/**
 * The one schema of the "new screening" form: what the browser's resolver checks and what the Server Action
 * parses again (every "use server" export is a public endpoint, so the server never trusts the client's check).
 * Form fields are named by their path in this shape, e.g. `screening.vitals.systolic`.
 */
import { z } from "../validation/zod";

import { IDENTITY_FIELDS } from "../patients/identity-change";
import { AMENDMENT_REASON_MAX } from "../review/limits";

import { screeningInputSchema } from "./schema";
import { meaningfulText } from "./text";

/** One confirmed field change as the server proposed it; bounded so a crafted request stays small. */
const confirmedFieldChange = z.strictObject({
  field: z.enum(IDENTITY_FIELDS),
  from: z.string().max(500).nullable(),
  to: z.string().max(500),
});

export const screeningSubmissionSchema = z.strictObject(
  {
    /**
     * Made once per form instance in the browser and kept across retries: the server stores one screening
     * per submission id, so a double click or a retry after a lost response cannot file a duplicate.
     */
    submissionId: z.uuid({ error: "The form is missing its submission id; reload the page and try again" }),
    /** An existing patient to file the screening under; absent for a new patient. */
    patientId: z.string({ error: "Unknown patient" }).min(1, { error: "Unknown patient" }).optional(),
    screening: screeningInputSchema,
    /**
     * The identity change the clinician saw and confirmed (old -> new, as the server proposed it). The server
     * applies a change only when it is exactly this one, so a record edited in between is asked about again.
     */
    confirmedIdentityChange: z.array(confirmedFieldChange).max(IDENTITY_FIELDS.length).optional(),
    /**
     * The draft this form was resumed from or autosaved to (lib/screening/draft-schema.ts), deleted when the
     * screening is stored. Optional: a form without drafts, or a caller other than the form, sends none.
     */
    draftId: z.string({ error: "Unknown draft" }).min(1, { error: "Unknown draft" }).max(64, { error: "Unknown draft" }).optional(),
    /**
     * Present when the form amends a signed screening: the new screening becomes its next version. The reason
     * is required and stays with the new version for every reader.
     */
    amendment: z
      .strictObject({
        screeningId: z.string({ error: "Unknown screening" }).min(1, { error: "Unknown screening" }).max(64, { error: "Unknown screening" }),
        reason: meaningfulText("The reason for amendment", { max: AMENDMENT_REASON_MAX, multiline: true }),
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}` : undefined,
  },
);

export type ScreeningSubmission = z.output<typeof screeningSubmissionSchema>;
