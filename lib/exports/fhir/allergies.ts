/**
 * Recorded allergies as FHIR R4 AllergyIntolerance resources: one for a known hypersensitivity to ketamine or
 * esketamine when the clinician answered yes, one per other allergy listed. A "no" answer exports nothing (R4
 * would need a "no known allergy" code for that, and the question asked about one drug only).
 *
 * Clinical status is `active`. Verification status is `unconfirmed`: the clinician recorded what the patient or
 * their notes reported; nothing in the screening confirms an allergy by test or observed reaction.
 * Codes carry text only: no RxNorm or SNOMED CT code is asserted for what was typed or asked.
 */
import type { AllergyIntolerance, CodeableConcept, Patient, Reference } from "@medplum/fhirtypes";

import type { RecordedScreeningInput } from "../../screening/recorded-input";
import { QUESTIONS } from "../../screening/questions";
import { ALLERGY_CLINICAL_STATUS, ALLERGY_VERIFICATION_STATUS } from "./codes";
import { markdownText } from "./markdown";

export interface AllergyContext {
  readonly patient: Reference<Patient>;
  readonly recorded: Date;
}

const ACTIVE: CodeableConcept = { coding: [{ system: ALLERGY_CLINICAL_STATUS, code: "active", display: "Active" }] };
const UNCONFIRMED: CodeableConcept = { coding: [{ system: ALLERGY_VERIFICATION_STATUS, code: "unconfirmed", display: "Unconfirmed" }] };

function allergy(context: AllergyContext, code: CodeableConcept, rest: Partial<AllergyIntolerance> = {}): AllergyIntolerance {
  return {
    resourceType: "AllergyIntolerance",
    clinicalStatus: ACTIVE,
    verificationStatus: UNCONFIRMED,
    code,
    patient: context.patient,
    recordedDate: context.recorded.toISOString(),
    ...rest,
  };
}

/** Keyed by role: `ketamine`, and `other/<n>` (n from 1, in the order listed). */
export function screeningAllergies(input: RecordedScreeningInput, context: AllergyContext): ReadonlyMap<string, AllergyIntolerance> {
  const allergies = new Map<string, AllergyIntolerance>();
  if (input.allergies?.ketamineHypersensitivity === true) {
    allergies.set(
      "ketamine",
      allergy(context, { text: "Ketamine or esketamine" }, { category: ["medication"], note: [{ text: markdownText(`Answered yes: ${QUESTIONS.ketamineHypersensitivity}`) }] }),
    );
  }
  (input.allergies?.other ?? []).forEach((text, index) => allergies.set(`other/${index + 1}`, allergy(context, { text })));
  return allergies;
}
