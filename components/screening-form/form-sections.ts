/**
 * The form's sections: their order, which fields each holds, and the answers that "None of these" gives.
 * The section index, the "None of these" controls and the section headings read from here, so a field moved
 * to another section moves everywhere at once.
 */
import { get } from "react-hook-form";

import type { ScreeningFormState } from "./form-model";
import { NO } from "./form-model";

export const SECTION_KEYS = [
  "patient",
  "treatment",
  "vitals",
  "allergies",
  "heart",
  "breathing",
  "other-conditions",
  "mental-health",
  "substance-use",
  "bladder",
  "memory",
  "other",
  "pregnancy",
  "notes",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface FormSection {
  readonly key: SectionKey;
  readonly title: string;
  /** Field paths (a questionnaire's path covers its items), in the order they appear. */
  readonly fields: readonly string[];
  /**
   * What "None of these" answers: the nothing-to-report choice of each question in the section. Only
   * questions whose answer is a plain absence belong here; pregnancy never does (it is asked every time), nor
   * do questionnaire items, measurements or free text.
   */
  readonly noneAnswers: Readonly<Record<string, string>>;
}

export const FORM_SECTIONS: readonly FormSection[] = [
  {
    key: "patient",
    title: "Patient",
    fields: [
      "patientId",
      "screening.patient.fullName",
      "screening.patient.dateOfBirth",
      "screening.patient.medicalRecordNumber",
      "screening.patient.sexAtBirth",
    ],
    noneAnswers: {},
  },
  {
    key: "treatment",
    title: "Planned treatment",
    fields: ["screening.plannedTreatment.course", "screening.plannedTreatment.route"],
    noneAnswers: {},
  },
  {
    key: "vitals",
    title: "Vital signs",
    fields: [
      "screening.vitals.systolic",
      "screening.vitals.diastolic",
      "screening.vitals.heartRate",
      "screening.vitals.oxygenSaturation",
      "screening.vitals.weightKg",
      "screening.vitals.heightCm",
    ],
    noneAnswers: {},
  },
  {
    key: "allergies",
    title: "Allergies",
    fields: ["screening.allergies.ketamineHypersensitivity", "screening.allergies.other"],
    noneAnswers: { "screening.allergies.ketamineHypersensitivity": NO },
  },
  {
    key: "heart",
    title: "Heart and circulation",
    fields: ["screening.cardiovascular.any", "screening.cardiovascular.conditions", "screening.cardiovascular.hypertension"],
    noneAnswers: { "screening.cardiovascular.any": NO, "screening.cardiovascular.hypertension": "none" },
  },
  {
    key: "breathing",
    title: "Breathing and sedating medicines",
    fields: [
      "screening.respiratory.any",
      "screening.respiratory.conditions",
      "screening.medicationsAny",
      "screening.medications",
      "screening.otherMedicines",
      "screening.substanceUse.alcohol",
    ],
    noneAnswers: {
      "screening.respiratory.any": NO,
      "screening.medicationsAny": NO,
      "screening.substanceUse.alcohol": "none",
    },
  },
  {
    key: "other-conditions",
    title: "Other conditions",
    fields: [
      "screening.conditions.raisedIntracranialPressure",
      "screening.conditions.raisedIntraocularPressure",
      "screening.conditions.hyperthyroidism",
      "screening.conditions.liverDisease",
    ],
    noneAnswers: {
      "screening.conditions.raisedIntracranialPressure": NO,
      "screening.conditions.raisedIntraocularPressure": NO,
      "screening.conditions.hyperthyroidism": NO,
      "screening.conditions.liverDisease": NO,
    },
  },
  {
    key: "mental-health",
    title: "Mental health",
    fields: [
      "screening.mentalHealth.depression",
      "screening.mentalHealth.anxiety",
      "screening.mentalHealth.psychosisHistory",
      "screening.mentalHealth.dissociativeDisorder",
      "screening.mentalHealth.phq9Items",
      "screening.mentalHealth.gad7Items",
    ],
    noneAnswers: {
      "screening.mentalHealth.depression": "none",
      "screening.mentalHealth.anxiety": "none",
      "screening.mentalHealth.psychosisHistory": NO,
      "screening.mentalHealth.dissociativeDisorder": NO,
    },
  },
  {
    key: "substance-use",
    title: "Substance use",
    fields: [
      "screening.substanceUse.disorder",
      "screening.substanceUse.ketamineUse",
      "screening.substanceUse.priorKetamineReaction",
    ],
    noneAnswers: { "screening.substanceUse.disorder": "none", "screening.substanceUse.ketamineUse": "never" },
  },
  {
    key: "bladder",
    title: "Bladder and urinary",
    fields: ["screening.urinary.bladderHistory", "screening.urinary.currentSymptoms"],
    noneAnswers: { "screening.urinary.bladderHistory": NO, "screening.urinary.currentSymptoms": NO },
  },
  {
    key: "memory",
    title: "Memory",
    fields: ["screening.cognition.memoryConcerns"],
    noneAnswers: {},
  },
  {
    key: "other",
    title: "Other",
    fields: ["screening.other.nauseaProne", "screening.other.fallRisk"],
    noneAnswers: { "screening.other.nauseaProne": NO, "screening.other.fallRisk": NO },
  },
  {
    key: "pregnancy",
    title: "Pregnancy and breastfeeding",
    fields: ["screening.pregnancy", "screening.breastfeeding"],
    noneAnswers: {},
  },
  { key: "notes", title: "Notes", fields: ["screening.notes"], noneAnswers: {} },
];

const BY_KEY = new Map(FORM_SECTIONS.map((section) => [section.key, section]));

export function formSection(key: SectionKey): FormSection {
  return BY_KEY.get(key) as FormSection;
}

/** The DOM id of a section's fieldset: the section index links to it. */
export function sectionId(key: SectionKey): string {
  return `section-${key}`;
}

/** The section holding a field or one of its parts ("…phq9Items.3" is in the questionnaire's section). */
export function sectionOfPath(path: string): SectionKey | undefined {
  return FORM_SECTIONS.find((section) =>
    section.fields.some((field) => path === field || path.startsWith(`${field}.`)),
  )?.key;
}

/**
 * The answers "None of these" would give now: every listed question not answered yet. An answer already
 * given, whatever it is, is never replaced: a misplaced click must not erase a "yes" carried over from the
 * patient's last screening.
 */
export function pendingNoneAnswers(section: FormSection, values: ScreeningFormState): [path: string, value: string][] {
  return Object.entries(section.noneAnswers).filter(([path]) => {
    const current: unknown = get(values, path);
    return current === undefined || current === null || current === "";
  });
}
