/**
 * Every question of the screening form as a FHIR Questionnaire item: a stable linkId (the answer's dotted path
 * in the screening input; questionnaire items numbered from 1 as printed), the words the clinician read, the
 * answer type, and how to read the recorded answer. Choice answers are codes of the app's own vocabularies
 * (lib/screening/options.ts), each with its label as display.
 *
 * The form asks its heart, breathing and medicine lists "None or Yes first", so an empty list is an answer
 * ("None"), coded `none`. An empty free-text list (other allergies, other medicines) has no answer: nothing was
 * listed, and the Questionnaire's version says the question was asked.
 */
import type { QuestionnaireItem } from "@medplum/fhirtypes";

import { GAD7_ITEMS } from "../../scoring/gad7";
import { PHQ9_ITEMS } from "../../scoring/phq9";
import { ITEM_RESPONSE_LABELS } from "../../scoring/questionnaire-items";
import {
  ALCOHOL_USE_LABELS,
  BREASTFEEDING_LABELS,
  CARDIOVASCULAR_CONDITION_LABELS,
  HISTORY_LABELS,
  HYPERTENSION_LABELS,
  KETAMINE_USE_LABELS,
  MEDICATION_LABELS,
  PREGNANCY_LABELS,
  RESPIRATORY_CONDITION_LABELS,
  ROUTE_LABELS,
  SEX_AT_BIRTH_LABELS,
  TREATMENT_COURSE_LABELS,
} from "../../screening/options";
import { QUESTIONS } from "../../screening/questions";
import type { RecordedScreeningInput } from "../../screening/recorded-input";

export type AnswerValue = string | number | boolean;

/** A closed answer vocabulary: the name of its code system under the app's base URL, and each code's label. */
export interface Vocabulary {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

export interface QuestionDefinition {
  readonly linkId: string;
  readonly text: string;
  readonly type: Extract<QuestionnaireItem["type"], "integer" | "decimal" | "boolean" | "date" | "string" | "text" | "choice">;
  readonly repeats?: boolean;
  readonly vocabulary?: Vocabulary;
  /** Asked only since the form added it after 2026-11-25: absent from the earlier Questionnaire version. */
  readonly addedAfter20261125?: boolean;
  /** The recorded answers, in order; empty when the question was not answered (or not asked). */
  readonly read: (input: RecordedScreeningInput) => readonly AnswerValue[];
}

const NONE = { none: "None" } as const;

const vocabularies = {
  sexAtBirth: { name: "sex-at-birth", labels: SEX_AT_BIRTH_LABELS },
  course: { name: "treatment-course", labels: TREATMENT_COURSE_LABELS },
  route: { name: "route", labels: ROUTE_LABELS },
  cardiovascularCondition: { name: "cardiovascular-condition", labels: { ...NONE, ...CARDIOVASCULAR_CONDITION_LABELS } },
  hypertension: { name: "hypertension-history", labels: HYPERTENSION_LABELS },
  respiratoryCondition: { name: "respiratory-condition", labels: { ...NONE, ...RESPIRATORY_CONDITION_LABELS } },
  medication: { name: "medication-class", labels: { ...NONE, ...MEDICATION_LABELS } },
  history: { name: "history", labels: HISTORY_LABELS },
  ketamineUse: { name: "ketamine-use", labels: KETAMINE_USE_LABELS },
  alcohol: { name: "alcohol-use", labels: ALCOHOL_USE_LABELS },
  pregnancy: { name: "pregnancy-status", labels: PREGNANCY_LABELS },
  breastfeeding: { name: "breastfeeding-status", labels: BREASTFEEDING_LABELS },
  /** The PHQ-9 and GAD-7 response scale, coded by its score 0–3. */
  itemResponse: { name: "phq-item-response", labels: Object.fromEntries(ITEM_RESPONSE_LABELS.map((label, score) => [String(score), label])) },
} as const satisfies Record<string, Vocabulary>;

/** An optional single value as a list of answers. */
const one = (value: AnswerValue | undefined): readonly AnswerValue[] => (value === undefined ? [] : [value]);
/**
 * Free text as an answer. The 2026-11-25 form stored notes untrimmed and possibly empty; FHIR has no empty
 * string, and blank notes say nothing, so they are no answer.
 */
const text = (value: string | undefined): readonly AnswerValue[] => (value === undefined || value.trim() === "" ? [] : [value]);
/** A "None or Yes" list: empty means the clinician answered None. */
const listOrNone = (values: readonly string[]): readonly string[] => (values.length === 0 ? ["none"] : values);

function questionnaireItemQuestions(
  prefix: "phq9Items" | "gad7Items",
  name: string,
  paraphrases: readonly string[],
  read: (input: RecordedScreeningInput) => readonly (number | null)[] | undefined,
): QuestionDefinition[] {
  return paraphrases.map((paraphrase, index) => ({
    linkId: `mentalHealth.${prefix}.${index + 1}`,
    text: `${name} item ${index + 1}: ${paraphrase}`,
    type: "choice",
    vocabulary: vocabularies.itemResponse,
    read: (input) => {
      const score = read(input)?.[index];
      return score === null || score === undefined ? [] : [String(score)];
    },
  }));
}

/** In the form's order. */
export const QUESTION_DEFINITIONS: readonly QuestionDefinition[] = [
  { linkId: "patient.fullName", text: "Full name", type: "string", read: (i) => [i.patient.fullName] },
  { linkId: "patient.dateOfBirth", text: "Date of birth", type: "date", read: (i) => [i.patient.dateOfBirth] },
  { linkId: "patient.medicalRecordNumber", text: "Medical record number", type: "string", read: (i) => one(i.patient.medicalRecordNumber) },
  { linkId: "patient.sexAtBirth", text: "Sex at birth", type: "choice", vocabulary: vocabularies.sexAtBirth, read: (i) => [i.patient.sexAtBirth] },
  { linkId: "plannedTreatment.course", text: "Planned course", type: "choice", vocabulary: vocabularies.course, read: (i) => [i.plannedTreatment.course] },
  { linkId: "plannedTreatment.route", text: "Route", type: "choice", vocabulary: vocabularies.route, read: (i) => [i.plannedTreatment.route] },
  { linkId: "vitals.systolic", text: "Systolic blood pressure (mmHg)", type: "integer", read: (i) => [i.vitals.systolic] },
  { linkId: "vitals.diastolic", text: "Diastolic blood pressure (mmHg)", type: "integer", read: (i) => [i.vitals.diastolic] },
  { linkId: "vitals.heartRate", text: "Heart rate (beats/min)", type: "integer", read: (i) => [i.vitals.heartRate] },
  { linkId: "vitals.oxygenSaturation", text: "Oxygen saturation (%)", type: "integer", read: (i) => one(i.vitals.oxygenSaturation) },
  { linkId: "vitals.weightKg", text: "Weight (kg)", type: "decimal", addedAfter20261125: true, read: (i) => one(i.vitals.weightKg) },
  { linkId: "vitals.heightCm", text: "Height (cm)", type: "decimal", addedAfter20261125: true, read: (i) => one(i.vitals.heightCm) },
  {
    linkId: "allergies.ketamineHypersensitivity",
    text: QUESTIONS.ketamineHypersensitivity,
    type: "boolean",
    addedAfter20261125: true,
    read: (i) => one(i.allergies?.ketamineHypersensitivity),
  },
  { linkId: "allergies.other", text: "Other allergies", type: "string", repeats: true, addedAfter20261125: true, read: (i) => i.allergies?.other ?? [] },
  {
    linkId: "cardiovascular.conditions",
    text: "Heart and circulation conditions",
    type: "choice",
    repeats: true,
    vocabulary: vocabularies.cardiovascularCondition,
    read: (i) => listOrNone(i.cardiovascular.conditions),
  },
  { linkId: "cardiovascular.hypertension", text: "Blood-pressure history", type: "choice", vocabulary: vocabularies.hypertension, read: (i) => [i.cardiovascular.hypertension] },
  {
    linkId: "respiratory.conditions",
    text: "Breathing conditions",
    type: "choice",
    repeats: true,
    vocabulary: vocabularies.respiratoryCondition,
    read: (i) => listOrNone(i.respiratory.conditions),
  },
  { linkId: "medications", text: "Current medicines", type: "choice", repeats: true, vocabulary: vocabularies.medication, read: (i) => listOrNone(i.medications) },
  { linkId: "otherMedicines", text: "Other current medicines", type: "string", repeats: true, addedAfter20261125: true, read: (i) => i.otherMedicines ?? [] },
  ...(
    [
      ["raisedIntracranialPressure", QUESTIONS.raisedIntracranialPressure],
      ["raisedIntraocularPressure", QUESTIONS.raisedIntraocularPressure],
      ["hyperthyroidism", QUESTIONS.hyperthyroidism],
      ["liverDisease", QUESTIONS.liverDisease],
    ] as const
  ).map(
    ([field, text]): QuestionDefinition => ({
      linkId: `conditions.${field}`,
      text,
      type: "boolean",
      addedAfter20261125: true,
      read: (i) => one(i.conditions?.[field]),
    }),
  ),
  { linkId: "mentalHealth.depression", text: "Depression", type: "choice", vocabulary: vocabularies.history, read: (i) => [i.mentalHealth.depression] },
  { linkId: "mentalHealth.anxiety", text: "Anxiety", type: "choice", vocabulary: vocabularies.history, read: (i) => [i.mentalHealth.anxiety] },
  { linkId: "mentalHealth.psychosisHistory", text: "History of psychosis", type: "boolean", read: (i) => [i.mentalHealth.psychosisHistory] },
  { linkId: "mentalHealth.dissociativeDisorder", text: "Dissociative disorder", type: "boolean", read: (i) => [i.mentalHealth.dissociativeDisorder] },
  ...questionnaireItemQuestions("phq9Items", "PHQ-9", PHQ9_ITEMS, (i) => i.mentalHealth.phq9Items),
  ...questionnaireItemQuestions("gad7Items", "GAD-7", GAD7_ITEMS, (i) => i.mentalHealth.gad7Items),
  { linkId: "substanceUse.disorder", text: "Substance use disorder", type: "choice", vocabulary: vocabularies.history, read: (i) => [i.substanceUse.disorder] },
  { linkId: "substanceUse.ketamineUse", text: "Prior ketamine use", type: "choice", vocabulary: vocabularies.ketamineUse, read: (i) => [i.substanceUse.ketamineUse] },
  { linkId: "substanceUse.alcohol", text: "Alcohol use", type: "choice", vocabulary: vocabularies.alcohol, read: (i) => [i.substanceUse.alcohol] },
  {
    linkId: "substanceUse.priorKetamineReaction",
    text: QUESTIONS.priorKetamineReaction,
    type: "text",
    addedAfter20261125: true,
    read: (i) => text(i.substanceUse.priorKetamineReaction),
  },
  { linkId: "urinary.bladderHistory", text: QUESTIONS.bladderHistory, type: "boolean", read: (i) => [i.urinary.bladderHistory] },
  { linkId: "urinary.currentSymptoms", text: QUESTIONS.currentUrinarySymptoms, type: "boolean", read: (i) => [i.urinary.currentSymptoms] },
  { linkId: "cognition.memoryConcerns", text: "Memory concerns", type: "boolean", read: (i) => [i.cognition.memoryConcerns] },
  { linkId: "other.nauseaProne", text: "Prone to severe nausea or vomiting", type: "boolean", read: (i) => [i.other.nauseaProne] },
  { linkId: "other.fallRisk", text: "At risk of falls", type: "boolean", read: (i) => [i.other.fallRisk] },
  { linkId: "pregnancy", text: "Pregnancy", type: "choice", vocabulary: vocabularies.pregnancy, read: (i) => [i.pregnancy] },
  {
    linkId: "breastfeeding",
    text: QUESTIONS.breastfeeding,
    type: "choice",
    vocabulary: vocabularies.breastfeeding,
    addedAfter20261125: true,
    read: (i) => one(i.breastfeeding),
  },
  { linkId: "notes", text: "Notes", type: "text", read: (i) => text(i.notes) },
];
