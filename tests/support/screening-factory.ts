/**
 * Synthetic screening inputs for tests: a low-risk adult with every optional field absent but the weight
 * (required for the baseline's intravenous route).
 * Override any section; nested sections are merged one level deep so a test names only what it changes.
 */
import type { ScreeningInput } from "@/lib/screening/schema";

type SectionOverrides = {
  [K in keyof ScreeningInput]?: ScreeningInput[K] extends readonly unknown[]
    ? ScreeningInput[K]
    : ScreeningInput[K] extends object
      ? Partial<ScreeningInput[K]>
      : ScreeningInput[K];
};

export const BASELINE_SCREENING: ScreeningInput = {
  patient: { fullName: "Test Patient", dateOfBirth: "1985-06-15", sexAtBirth: "female" },
  plannedTreatment: { course: "single", route: "intravenous" },
  vitals: { systolic: 118, diastolic: 76, heartRate: 72, weightKg: 70 },
  allergies: { ketamineHypersensitivity: false, other: [] },
  cardiovascular: { conditions: [], hypertension: "none" },
  respiratory: { conditions: [] },
  medications: [],
  otherMedicines: [],
  conditions: { raisedIntracranialPressure: false, raisedIntraocularPressure: false, hyperthyroidism: false, liverDisease: false },
  mentalHealth: { depression: "none", anxiety: "none", psychosisHistory: false, dissociativeDisorder: false },
  substanceUse: { disorder: "none", ketamineUse: "never", alcohol: "none" },
  urinary: { bladderHistory: false, currentSymptoms: false },
  cognition: { memoryConcerns: false },
  other: { nauseaProne: false, fallRisk: false },
  pregnancy: "not-pregnant",
  breastfeeding: "no",
};

export function makeScreeningInput(overrides: SectionOverrides = {}): ScreeningInput {
  const result: Record<string, unknown> = structuredClone(BASELINE_SCREENING);
  for (const [key, value] of Object.entries(overrides)) {
    const base = result[key];
    result[key] =
      value !== null && typeof value === "object" && !Array.isArray(value) && typeof base === "object"
        ? { ...(base as object), ...value }
        : value;
  }
  return result as ScreeningInput;
}
