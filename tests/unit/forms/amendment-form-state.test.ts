/**
 * The amend form starts from every answer of the signed version (issue 8): turned back into a submission it
 * parses to the same screening, and questions that version was never asked stay unanswered.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { amendmentFormState } from "@/components/screening-form/amendment-form-state";
import { toSubmissionCandidate } from "@/components/screening-form/submission-candidate";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import type { ScreeningInput } from "@/lib/screening/schema";
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";
import { makeScreeningInput } from "@/tests/support/screening-factory";

import { issuesOf, SUBMISSION_ID } from "./typed-form-state";

const AMENDED = { id: "screening-1", patientId: "patient-1" };

function withReason(input: RecordedScreeningInput, identity: ScreeningInput["patient"] = input.patient) {
  const state = amendmentFormState(SUBMISSION_ID, { ...AMENDED, input }, identity);
  return { ...state, amendment: { screeningId: AMENDED.id, reason: "Blood pressure was misread" } };
}

describe("amendment form state", () => {
  it("holds every answer of the amended version: submitted unchanged it parses to the same screening", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        // The schema's own normalisations, which the stored version has already been through, and the form's
        // one rule: pregnancy is not asked, and recorded not applicable, for a patient male at birth.
        const stored = screeningSubmissionSchema.shape.screening.parse(input);
        if (stored.patient.sexAtBirth === "male") stored.pregnancy = "not-applicable";
        const parsed = screeningSubmissionSchema.safeParse(toSubmissionCandidate(withReason(stored)));
        expect(parsed.error?.issues).toBeUndefined();
        expect(parsed.data).toEqual({
          submissionId: SUBMISSION_ID,
          patientId: AMENDED.patientId,
          screening: stored,
          amendment: { screeningId: AMENDED.id, reason: "Blood pressure was misread" },
        });
      }),
      { numRuns: 200 },
    );
  });

  it("files the amendment under the patient's identity now, not as recorded then", () => {
    const input = makeScreeningInput();
    const now = { ...input.patient, fullName: "Corrected Name", medicalRecordNumber: "MRN-9" };
    const parsed = screeningSubmissionSchema.parse(toSubmissionCandidate(withReason(input, now)));
    expect(parsed.screening.patient).toEqual(now);
  });

  it("leaves the questions an earlier form did not ask unanswered, so the clinician answers them", () => {
    const recorded: RecordedScreeningInput = structuredClone(makeScreeningInput());
    for (const added of ["allergies", "otherMedicines", "conditions", "breastfeeding"] as const) delete (recorded as Partial<ScreeningInput>)[added];
    const paths = issuesOf(toSubmissionCandidate(withReason(recorded))).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(["screening.allergies.ketamineHypersensitivity", "screening.conditions.liverDisease", "screening.breastfeeding"]),
    );
  });

  it("requires a reason", () => {
    const state = amendmentFormState(SUBMISSION_ID, { ...AMENDED, input: makeScreeningInput() }, makeScreeningInput().patient);
    expect(issuesOf(toSubmissionCandidate(state))).toEqual([{ path: "amendment.reason", message: "The reason for amendment is required" }]);
    expect(issuesOf(toSubmissionCandidate({ ...state, amendment: { screeningId: AMENDED.id, reason: " \u200b " } }))).toEqual([
      { path: "amendment.reason", message: expect.stringMatching(/^The reason for amendment has no visible characters/) },
    ]);
  });
});
