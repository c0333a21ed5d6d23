/**
 * The screening's measurements and questionnaire totals as FHIR R4 Observations, coded as the R4 vital-signs
 * profile codes them (LOINC with UCUM units; http://hl7.org/fhir/R4/observation-vitalsigns.html), and the
 * PHQ-9 and GAD-7 totals as survey observations derived from the QuestionnaireResponse.
 *
 * Only what was recorded is exported: no oxygen saturation, weight or height when none was entered, and no
 * PHQ-9 or GAD-7 total unless every item was answered (a partial total understates severity; never guess).
 */
import type { CodeableConcept, Observation, Patient, Quantity, QuestionnaireResponse, Reference } from "@medplum/fhirtypes";

import { GAD7_BAND_LABELS, summariseGad7 } from "../../scoring/gad7";
import { PHQ9_BAND_LABELS, summarisePhq9 } from "../../scoring/phq9";
import type { RecordedScreeningInput } from "../../screening/recorded-input";
import { loincCoding, MEASUREMENTS, OBSERVATION_CATEGORY, UCUM, type MeasurementCode } from "./codes";

export const OBSERVATION_ROLES = [
  "blood-pressure",
  "heart-rate",
  "oxygen-saturation",
  "body-weight",
  "body-height",
  "phq9-total",
  "gad7-total",
] as const;
export type ObservationRole = (typeof OBSERVATION_ROLES)[number];

export interface ObservationContext {
  readonly subject: Reference<Patient>;
  readonly effective: Date;
  readonly questionnaireResponse: Reference<QuestionnaireResponse>;
}

const VITAL_SIGNS: CodeableConcept = { coding: [{ system: OBSERVATION_CATEGORY, code: "vital-signs", display: "Vital Signs" }] };
const SURVEY: CodeableConcept = { coding: [{ system: OBSERVATION_CATEGORY, code: "survey", display: "Survey" }] };

function quantity(code: MeasurementCode, value: number): Quantity {
  if (code.unit === undefined) throw new Error(`${code.display} has no unit`);
  return { value, unit: code.unit.display, system: UCUM, code: code.unit.code };
}

function observation(context: ObservationContext, category: CodeableConcept, code: MeasurementCode, rest: Partial<Observation>): Observation {
  return {
    resourceType: "Observation",
    status: "final",
    category: [category],
    code: { coding: [loincCoding(code)], text: code.display },
    subject: context.subject,
    effectiveDateTime: context.effective.toISOString(),
    ...rest,
  };
}

const vitalSign = (context: ObservationContext, code: MeasurementCode, value: number) =>
  observation(context, VITAL_SIGNS, code, { valueQuantity: quantity(code, value) });

function total(context: ObservationContext, code: MeasurementCode, value: number, band: string): Observation {
  return observation(context, SURVEY, code, {
    valueInteger: value,
    interpretation: [{ text: band }],
    derivedFrom: [context.questionnaireResponse],
  });
}

/** The observations of a screening, in a fixed order, keyed by their role in the bundle. */
export function screeningObservations(input: RecordedScreeningInput, context: ObservationContext): ReadonlyMap<ObservationRole, Observation> {
  const { vitals, mentalHealth } = input;
  const observations = new Map<ObservationRole, Observation>();
  observations.set(
    "blood-pressure",
    observation(context, VITAL_SIGNS, MEASUREMENTS.bloodPressurePanel, {
      component: [
        { code: { coding: [loincCoding(MEASUREMENTS.systolic)], text: MEASUREMENTS.systolic.display }, valueQuantity: quantity(MEASUREMENTS.systolic, vitals.systolic) },
        { code: { coding: [loincCoding(MEASUREMENTS.diastolic)], text: MEASUREMENTS.diastolic.display }, valueQuantity: quantity(MEASUREMENTS.diastolic, vitals.diastolic) },
      ],
    }),
  );
  observations.set("heart-rate", vitalSign(context, MEASUREMENTS.heartRate, vitals.heartRate));
  if (vitals.oxygenSaturation !== undefined) {
    observations.set("oxygen-saturation", vitalSign(context, MEASUREMENTS.oxygenSaturation, vitals.oxygenSaturation));
  }
  if (vitals.weightKg !== undefined) observations.set("body-weight", vitalSign(context, MEASUREMENTS.bodyWeight, vitals.weightKg));
  if (vitals.heightCm !== undefined) observations.set("body-height", vitalSign(context, MEASUREMENTS.bodyHeight, vitals.heightCm));

  const phq9 = mentalHealth.phq9Items === undefined ? null : summarisePhq9(mentalHealth.phq9Items);
  if (phq9?.status === "complete") {
    observations.set("phq9-total", total(context, MEASUREMENTS.phq9Total, phq9.total, `${PHQ9_BAND_LABELS[phq9.band]} depression (PHQ-9 severity band, Kroenke et al. 2001)`));
  }
  const gad7 = mentalHealth.gad7Items === undefined ? null : summariseGad7(mentalHealth.gad7Items);
  if (gad7?.status === "complete") {
    observations.set("gad7-total", total(context, MEASUREMENTS.gad7Total, gad7.total, `${GAD7_BAND_LABELS[gad7.band]} anxiety (GAD-7 severity band, Spitzer et al. 2006)`));
  }
  return observations;
}
