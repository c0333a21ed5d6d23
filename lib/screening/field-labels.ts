/**
 * The visible label of every field of the screening form, by its path in the submission shape, in the order
 * the fields appear: the form's sections read their labels from here, its error summary lists problems in this
 * order, and a comparison of two versions of a screening names and orders what changed by them, so all three
 * say the same.
 */
import { GAD7_ITEM_COUNT } from "../scoring/gad7";
import { PHQ9_ITEM_COUNT } from "../scoring/phq9";

import { QUESTIONS } from "./questions";

const PHQ9 = "screening.mentalHealth.phq9Items";
const GAD7 = "screening.mentalHealth.gad7Items";

const itemLabels = (path: string, name: string, count: number): [string, string][] =>
  Array.from({ length: count }, (_, i) => [`${path}.${i}`, `${name} item ${i + 1}`]);

const FIELDS: readonly [path: string, label: string][] = [
  ["patientId", "Patient"],
  ["screening.patient.fullName", "Full name"],
  ["screening.patient.dateOfBirth", "Date of birth"],
  ["screening.patient.medicalRecordNumber", "Medical record number"],
  ["screening.patient.sexAtBirth", "Sex at birth"],
  ["screening.plannedTreatment.course", "Planned course"],
  ["screening.plannedTreatment.route", "Route"],
  ["screening.vitals.systolic", "Systolic (mmHg)"],
  ["screening.vitals.diastolic", "Diastolic (mmHg)"],
  ["screening.vitals.heartRate", "Heart rate (beats/min)"],
  ["screening.vitals.oxygenSaturation", "Oxygen saturation (%)"],
  ["screening.vitals.weightKg", "Weight (kg)"],
  ["screening.vitals.heightCm", "Height (cm)"],
  ["screening.allergies.ketamineHypersensitivity", QUESTIONS.ketamineHypersensitivity],
  ["screening.allergies.other", "Other allergies"],
  ["screening.cardiovascular.any", "Heart and circulation conditions"],
  ["screening.cardiovascular.conditions", "Heart and circulation conditions"],
  ["screening.cardiovascular.hypertension", "Blood-pressure history"],
  ["screening.respiratory.any", "Breathing conditions"],
  ["screening.respiratory.conditions", "Breathing conditions"],
  ["screening.medicationsAny", "Current medicines"],
  ["screening.medications", "Current medicines"],
  ["screening.otherMedicines", "Other current medicines"],
  ["screening.substanceUse.alcohol", "Alcohol use"],
  ["screening.conditions.raisedIntracranialPressure", QUESTIONS.raisedIntracranialPressure],
  ["screening.conditions.raisedIntraocularPressure", QUESTIONS.raisedIntraocularPressure],
  ["screening.conditions.hyperthyroidism", QUESTIONS.hyperthyroidism],
  ["screening.conditions.liverDisease", QUESTIONS.liverDisease],
  ["screening.mentalHealth.depression", "Depression"],
  ["screening.mentalHealth.anxiety", "Anxiety"],
  ["screening.mentalHealth.psychosisHistory", "History of psychosis"],
  ["screening.mentalHealth.dissociativeDisorder", "Dissociative disorder"],
  [PHQ9, "PHQ-9"],
  ...itemLabels(PHQ9, "PHQ-9", PHQ9_ITEM_COUNT),
  [GAD7, "GAD-7"],
  ...itemLabels(GAD7, "GAD-7", GAD7_ITEM_COUNT),
  ["screening.substanceUse.disorder", "Substance use disorder"],
  ["screening.substanceUse.ketamineUse", "Prior ketamine use"],
  ["screening.substanceUse.priorKetamineReaction", QUESTIONS.priorKetamineReaction],
  ["screening.urinary.bladderHistory", QUESTIONS.bladderHistory],
  ["screening.urinary.currentSymptoms", QUESTIONS.currentUrinarySymptoms],
  ["screening.cognition.memoryConcerns", "Memory concerns"],
  ["screening.other.nauseaProne", "Prone to severe nausea or vomiting"],
  ["screening.other.fallRisk", "At risk of falls"],
  ["screening.pregnancy", "Pregnancy"],
  ["screening.breastfeeding", QUESTIONS.breastfeeding],
  ["screening.notes", "Notes"],
];

/** Asked only when amending a signed screening, after every section (so in no section of its own). */
export const AMENDMENT_REASON_PATH = "amendment.reason";

/** Every field path, in the order the fields appear. */
export const FIELD_PATHS: readonly string[] = FIELDS.map(([path]) => path);

const LABELS = new Map([...FIELDS, [AMENDMENT_REASON_PATH, "Reason for amendment"]]);
const ORDER = new Map([...FIELDS.map(([path], index): [string, number] => [path, index]), [AMENDMENT_REASON_PATH, FIELDS.length]]);

export function labelOf(path: string): string {
  return LABELS.get(path) ?? path;
}

/** Position in the form; a path the form does not know sorts last. */
export function orderOf(path: string): number {
  return ORDER.get(path) ?? FIELDS.length + 1;
}
