/**
 * Round trip over generated valid screenings (fast-check): a screening pre-filled into the form (its history
 * through `initialFormState`) with the day's values typed in, turned back by `toSubmissionCandidate`, parses to
 * the same screening. The only differences are the form's documented rules: a patient male at birth is recorded
 * "not-applicable" for pregnancy, and blank notes are absent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formStateSchema } from "@/components/screening-form/form-state-schema";
import { toSubmissionCandidate } from "@/components/screening-form/submission-candidate";
import type { ScreeningInput } from "@/lib/screening/schema";
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";

import { SUBMISSION_ID, typedFormState } from "./typed-form-state";

function expectedAfterForm(input: ScreeningInput): ScreeningInput {
  const expected = structuredClone(input);
  if (input.patient.sexAtBirth === "male") expected.pregnancy = "not-applicable";
  if (input.notes !== undefined && input.notes.trim() === "") delete expected.notes;
  return expected;
}

describe("form values and back", () => {
  it("a valid screening entered in the form parses to an equal screening (by the schema the browser loads)", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, fc.option(fc.constant("patient-9"), { nil: undefined }), (input, patientId) => {
        const parsed = formStateSchema.safeParse(typedFormState(input, patientId));
        expect(parsed.error?.issues).toBeUndefined();
        expect(parsed.data).toEqual({ submissionId: SUBMISSION_ID, patientId, screening: expectedAfterForm(input) });
      }),
      { numRuns: 300 },
    );
  });

  it("a male patient's pregnancy is always not-applicable, whatever the radio held", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const male: ScreeningInput = { ...input, patient: { ...input.patient, sexAtBirth: "male" } };
        const parsed = screeningSubmissionSchema.parse(toSubmissionCandidate(typedFormState(male)));
        expect(parsed.screening.pregnancy).toBe("not-applicable");
      }),
    );
  });
});
