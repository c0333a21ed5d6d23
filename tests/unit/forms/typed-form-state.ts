/**
 * Test support: the form state a clinician ends up with after entering a screening. History comes through the
 * real prefill (`initialFormState`), and what is entered fresh on the day goes through the same `setValueAs`
 * functions the inputs use (`numberFromInput`, `textFromInput`) or, for radios, the strings the DOM holds.
 */
import {
  initialFormState,
  NO,
  numberFromInput,
  textFromInput,
  YES,
  type Choice,
  type ScreeningFormState,
} from "@/components/screening-form/form-model";
import type { ScreeningInput } from "@/lib/screening/schema";
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";

export const SUBMISSION_ID = "0b6c9f6e-3c4a-4d8e-9f2a-1b2c3d4e5f60";

/**
 * What a number input holds after the clinician typed `text`. The state type says `number`, but `setValueAs`
 * keeps text that is not a number as text (so the schema can say "must be a number"): the cast mirrors that.
 */
export function typedNumber(text: string): number | undefined {
  return numberFromInput(text) as number | undefined;
}

export function radioOf(value: boolean | undefined): Choice {
  return value === undefined ? null : value ? YES : NO;
}

/** Questionnaire radios: one string per answered item, `null` for an item left blank. */
export function itemRadios(items: readonly (number | null)[] | undefined, count: number): Choice[] {
  return Array.from({ length: count }, (_, i) => {
    const score = items?.[i];
    return score === undefined || score === null ? null : String(score);
  });
}

/** `input`'s history pre-filled from a previous screening, then the day's values typed in. */
export function typedFormState(input: ScreeningInput, patientId?: string): ScreeningFormState {
  const state = initialFormState(SUBMISSION_ID, patientId, input);
  const s = state.screening;
  s.patient = {
    fullName: textFromInput(input.patient.fullName),
    dateOfBirth: textFromInput(input.patient.dateOfBirth),
    medicalRecordNumber: textFromInput(input.patient.medicalRecordNumber ?? ""),
    sexAtBirth: input.patient.sexAtBirth,
  };
  const { systolic, diastolic, heartRate, oxygenSaturation, weightKg, heightCm } = input.vitals;
  const typedOptional = (value: number | undefined) => typedNumber(value === undefined ? "" : String(value));
  s.vitals = {
    systolic: typedNumber(String(systolic)),
    diastolic: typedNumber(String(diastolic)),
    heartRate: typedNumber(String(heartRate)),
    oxygenSaturation: typedOptional(oxygenSaturation),
    weightKg: typedOptional(weightKg),
    heightCm: typedOptional(heightCm),
  };
  s.mentalHealth.phq9Items = itemRadios(input.mentalHealth.phq9Items, 9);
  s.mentalHealth.gad7Items = itemRadios(input.mentalHealth.gad7Items, 7);
  s.pregnancy = input.pregnancy;
  s.breastfeeding = input.breastfeeding;
  s.substanceUse.priorKetamineReaction = textFromInput(input.substanceUse.priorKetamineReaction ?? "");
  s.notes = textFromInput(input.notes ?? "");
  return state;
}

export type Issue = { readonly path: string; readonly message: string };

/** The issues the shared schema reports for a candidate, with dotted paths as the form shows them. */
export function issuesOf(candidate: unknown): Issue[] {
  const result = screeningSubmissionSchema.safeParse(candidate);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
