/**
 * The code systems and codes the FHIR export uses. External codes are only those whose meaning is certain:
 * LOINC (https://loinc.org) for the measurements and questionnaire totals, UCUM
 * (http://unitsofmeasure.org) for their units, HL7 terminology for categories and statuses, and ASTM E1762 for
 * the signature type. Everything the app defines itself (its answer vocabularies, rule ids, flag severities,
 * review outcomes) lives in a code system under the deployment's own base URL, so nobody mistakes an app code
 * for a standard one.
 */
import type { Coding } from "@medplum/fhirtypes";

export const LOINC = "http://loinc.org";
export const UCUM = "http://unitsofmeasure.org";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
export const ALLERGY_CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
export const ALLERGY_VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
export const IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
/** ASTM E1762-95 signature types, as FHIR R4's Signature.type binding names them. */
export const SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";

/** A LOINC code with the measurement's UCUM unit (code and printable unit), where it has one. */
export interface MeasurementCode {
  readonly loinc: string;
  readonly display: string;
  readonly unit?: { readonly code: string; readonly display: string };
}

/** LOINC codes of the FHIR R4 vital-signs profile (http://hl7.org/fhir/R4/observation-vitalsigns.html). */
export const MEASUREMENTS = {
  bloodPressurePanel: { loinc: "85354-9", display: "Blood pressure panel with all children optional" },
  systolic: { loinc: "8480-6", display: "Systolic blood pressure", unit: { code: "mm[Hg]", display: "mmHg" } },
  diastolic: { loinc: "8462-4", display: "Diastolic blood pressure", unit: { code: "mm[Hg]", display: "mmHg" } },
  heartRate: { loinc: "8867-4", display: "Heart rate", unit: { code: "/min", display: "beats/minute" } },
  oxygenSaturation: {
    loinc: "59408-5",
    display: "Oxygen saturation in Arterial blood by Pulse oximetry",
    unit: { code: "%", display: "%" },
  },
  bodyWeight: { loinc: "29463-7", display: "Body weight", unit: { code: "kg", display: "kg" } },
  bodyHeight: { loinc: "8302-2", display: "Body height", unit: { code: "cm", display: "cm" } },
  phq9Total: { loinc: "44261-6", display: "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]" },
  gad7Total: { loinc: "70274-6", display: "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]" },
} as const satisfies Record<string, MeasurementCode>;

export function loincCoding(code: MeasurementCode): Coding {
  return { system: LOINC, code: code.loinc, display: code.display };
}

/**
 * FHIR code and identifier systems are absolute URIs that name one thing for good: a relative, non-HTTP(S) or
 * query-carrying base would export systems nobody can resolve or compare, so it is refused.
 */
function requireBaseUrl(baseUrl: string): string {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : null;
  if (url === null || (url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new RangeError(`The FHIR export's base URL must be an absolute http(s) address without query, fragment or credentials, got ${JSON.stringify(baseUrl)}`);
  }
  return baseUrl;
}

/** The app's own code systems and identifier systems, each an address under the deployment's base URL. */
export function appSystems(baseUrl: string) {
  const root = `${requireBaseUrl(baseUrl).replace(/\/+$/, "")}/fhir`;
  return {
    root,
    medicalRecordNumber: `${root}/medical-record-number`,
    screeningExport: `${root}/screening-export`,
    questionnaire: `${root}/Questionnaire/ketamine-pre-treatment-screening`,
    /** One code system per answer vocabulary of the form, e.g. `…/CodeSystem/route`. */
    answers: (vocabulary: string) => `${root}/CodeSystem/${vocabulary}`,
    rule: `${root}/CodeSystem/screening-rule`,
    rulesVersion: `${root}/CodeSystem/screening-rules-version`,
    flagSeverity: `${root}/CodeSystem/flag-severity`,
    reviewOutcome: `${root}/CodeSystem/review-outcome`,
  } as const;
}

export type AppSystems = ReturnType<typeof appSystems>;
