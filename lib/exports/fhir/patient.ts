/**
 * The patient as recorded at the screening (not as the patient record reads today), as a FHIR R4 Patient.
 *
 * Patient.gender is administrative gender (http://hl7.org/fhir/R4/valueset-administrative-gender.html), while
 * the form records sex at birth, and base R4 has no element for it. The mapping below is the closest one and is
 * lossy for intersex: female → female, male → male, intersex → other, unknown → unknown. The exact answer
 * travels in the QuestionnaireResponse (item `patient.sexAtBirth`).
 */
import type { Patient } from "@medplum/fhirtypes";

import type { RecordedScreeningInput } from "../../screening/recorded-input";
import type { SEX_AT_BIRTH } from "../../screening/options";
import { IDENTIFIER_TYPE, type AppSystems } from "./codes";

export const GENDER_OF_SEX_AT_BIRTH: Readonly<Record<(typeof SEX_AT_BIRTH)[number], NonNullable<Patient["gender"]>>> = {
  female: "female",
  male: "male",
  intersex: "other",
  unknown: "unknown",
};

export function screeningPatient(systems: AppSystems, patient: RecordedScreeningInput["patient"]): Patient {
  return {
    resourceType: "Patient",
    ...(patient.medicalRecordNumber === undefined
      ? {}
      : {
          identifier: [
            {
              use: "usual",
              type: { coding: [{ system: IDENTIFIER_TYPE, code: "MR", display: "Medical record number" }] },
              system: systems.medicalRecordNumber,
              value: patient.medicalRecordNumber,
            },
          ],
        }),
    // One free-text name as typed: splitting it into given and family names would guess.
    name: [{ text: patient.fullName }],
    gender: GENDER_OF_SEX_AT_BIRTH[patient.sexAtBirth],
    birthDate: patient.dateOfBirth,
  };
}
