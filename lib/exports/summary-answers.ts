/**
 * The measurements and answers of a stored screening as the summary's rows (lib/exports/screening-summary.ts):
 * vitals with the ACC/AHA category, PHQ-9 and GAD-7 with total and band only when complete, and every recorded
 * fact, with "Not asked" for a question the screening's form did not ask, never a "No" nobody gave.
 */
import { BLOOD_PRESSURE_CATEGORY_LABELS, classifyBloodPressure } from "../scoring/blood-pressure";
import { GAD7_BAND_LABELS, GAD7_ITEM_COUNT, GAD7_MAX_TOTAL, summariseGad7 } from "../scoring/gad7";
import { PHQ9_BAND_LABELS, PHQ9_ITEM_COUNT, PHQ9_MAX_TOTAL, summarisePhq9 } from "../scoring/phq9";
import { ITEM_RESPONSE_LABELS } from "../scoring/questionnaire-items";
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
} from "../screening/options";
import { QUESTIONS } from "../screening/questions";
import { hasCurrentFacts, type RecordedScreeningInput } from "../screening/recorded-input";

import type { SummaryGroup, SummaryRow } from "./screening-summary";

export const NOT_ASKED = "Not asked (recorded before this question was on the form)";
const NOT_RECORDED = "Not recorded";

export function vitalsRows(input: RecordedScreeningInput): SummaryRow[] {
  const { vitals } = input;
  // Weight and height were not on the 2026-11-25 form: absent there means not asked, not "not measured".
  const unmeasured = hasCurrentFacts(input) ? NOT_RECORDED : NOT_ASKED;
  const category = BLOOD_PRESSURE_CATEGORY_LABELS[classifyBloodPressure(vitals.systolic, vitals.diastolic)];
  return [
    { label: "Blood pressure", value: `${vitals.systolic}/${vitals.diastolic} mmHg — ${category} (ACC/AHA 2017 category)` },
    { label: "Heart rate", value: `${vitals.heartRate} beats/min` },
    { label: "Oxygen saturation", value: vitals.oxygenSaturation === undefined ? NOT_RECORDED : `${vitals.oxygenSaturation} %` },
    { label: "Weight", value: vitals.weightKg === undefined ? unmeasured : `${vitals.weightKg} kg` },
    { label: "Height", value: vitals.heightCm === undefined ? unmeasured : `${vitals.heightCm} cm` },
  ];
}

/** A questionnaire's total with its band when complete; otherwise how many items were answered, and no total. */
function scoreText(
  summary: { readonly status: "complete"; readonly total: number; readonly bandLabel: string } | { readonly status: "incomplete"; readonly answered: number },
  itemCount: number,
  maxTotal: number,
): string {
  return summary.status === "complete"
    ? `${summary.total} of ${maxTotal}: ${summary.bandLabel}`
    : `Incomplete: ${summary.answered} of ${itemCount} items answered (no total or band)`;
}

export function questionnaireRows(mentalHealth: RecordedScreeningInput["mentalHealth"]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (mentalHealth.phq9Items === undefined) {
    rows.push({ label: "PHQ-9 (depression)", value: "Not completed" });
  } else {
    const phq9 = summarisePhq9(mentalHealth.phq9Items);
    const banded = phq9.status === "complete" ? { ...phq9, bandLabel: PHQ9_BAND_LABELS[phq9.band] } : phq9;
    rows.push({ label: "PHQ-9 (depression)", value: scoreText(banded, PHQ9_ITEM_COUNT, PHQ9_MAX_TOTAL) });
    // Item 9 matters on its own, even on a partial questionnaire (lib/scoring/phq9.ts).
    rows.push({
      label: "PHQ-9 item 9 (thoughts of death or self-harm)",
      value: phq9.item9 === null ? "Not answered" : `${phq9.item9} – ${ITEM_RESPONSE_LABELS[phq9.item9 as 0 | 1 | 2 | 3]}`,
    });
  }
  if (mentalHealth.gad7Items === undefined) {
    rows.push({ label: "GAD-7 (anxiety)", value: "Not completed" });
  } else {
    const gad7 = summariseGad7(mentalHealth.gad7Items);
    const banded = gad7.status === "complete" ? { ...gad7, bandLabel: GAD7_BAND_LABELS[gad7.band] } : gad7;
    rows.push({ label: "GAD-7 (anxiety)", value: scoreText(banded, GAD7_ITEM_COUNT, GAD7_MAX_TOTAL) });
  }
  return rows;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? NOT_ASKED : value ? "Yes" : "No");

function listText(items: readonly string[] | undefined): string {
  if (items === undefined) return NOT_ASKED;
  return items.length === 0 ? "None" : items.join("; ");
}

function labelled<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): string {
  return values.length === 0 ? "None" : values.map((value) => labels[value]).join("; ");
}

export function recordedFactGroups(input: RecordedScreeningInput): SummaryGroup[] {
  const { allergies, conditions } = input;
  return [
    {
      title: "Allergies",
      rows: [
        { label: QUESTIONS.ketamineHypersensitivity, value: yesNo(allergies?.ketamineHypersensitivity) },
        { label: "Other allergies", value: listText(allergies?.other) },
        {
          label: QUESTIONS.priorKetamineReaction,
          value: input.substanceUse.priorKetamineReaction ?? (hasCurrentFacts(input) ? "None recorded" : NOT_ASKED),
        },
      ],
    },
    {
      title: "Medicines",
      rows: [
        { label: "Current medicines", value: labelled(input.medications, MEDICATION_LABELS) },
        { label: "Other current medicines", value: listText(input.otherMedicines) },
      ],
    },
    {
      title: "Conditions",
      rows: [
        { label: "Heart and circulation conditions", value: labelled(input.cardiovascular.conditions, CARDIOVASCULAR_CONDITION_LABELS) },
        { label: "Blood-pressure history", value: HYPERTENSION_LABELS[input.cardiovascular.hypertension] },
        { label: "Breathing conditions", value: labelled(input.respiratory.conditions, RESPIRATORY_CONDITION_LABELS) },
        { label: QUESTIONS.raisedIntracranialPressure, value: yesNo(conditions?.raisedIntracranialPressure) },
        { label: QUESTIONS.raisedIntraocularPressure, value: yesNo(conditions?.raisedIntraocularPressure) },
        { label: QUESTIONS.hyperthyroidism, value: yesNo(conditions?.hyperthyroidism) },
        { label: QUESTIONS.liverDisease, value: yesNo(conditions?.liverDisease) },
        { label: QUESTIONS.bladderHistory, value: yesNo(input.urinary.bladderHistory) },
        { label: QUESTIONS.currentUrinarySymptoms, value: yesNo(input.urinary.currentSymptoms) },
        { label: "Memory concerns", value: yesNo(input.cognition.memoryConcerns) },
        { label: "Prone to severe nausea or vomiting", value: yesNo(input.other.nauseaProne) },
        { label: "At risk of falls", value: yesNo(input.other.fallRisk) },
        { label: "Pregnancy", value: PREGNANCY_LABELS[input.pregnancy] },
        { label: QUESTIONS.breastfeeding, value: input.breastfeeding === undefined ? NOT_ASKED : BREASTFEEDING_LABELS[input.breastfeeding] },
      ],
    },
    {
      title: "Mental health and substance use",
      rows: [
        { label: "Depression", value: HISTORY_LABELS[input.mentalHealth.depression] },
        { label: "Anxiety", value: HISTORY_LABELS[input.mentalHealth.anxiety] },
        { label: "History of psychosis", value: yesNo(input.mentalHealth.psychosisHistory) },
        { label: "Dissociative disorder", value: yesNo(input.mentalHealth.dissociativeDisorder) },
        { label: "Substance use disorder", value: HISTORY_LABELS[input.substanceUse.disorder] },
        { label: "Prior ketamine use", value: KETAMINE_USE_LABELS[input.substanceUse.ketamineUse] },
        { label: "Alcohol use", value: ALCOHOL_USE_LABELS[input.substanceUse.alcohol] },
      ],
    },
  ];
}
