/**
 * The form's state for amending a signed screening: every answer that version recorded, the day's measurements,
 * questionnaires, pregnancy and notes included (unlike a repeat screening's prefill, which asks those afresh).
 * Plain module (no "use client"), so the page builds the form's default values on the server.
 */
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import type { ScreeningInput } from "@/lib/screening/schema";

import { GAD7_ITEM_COUNT, initialFormState, PHQ9_ITEM_COUNT, type Choice, type ScreeningFormState } from "./form-model";

function itemsToForm(items: readonly (number | null)[] | undefined, count: number): Choice[] {
  return Array.from({ length: count }, (_, index) => {
    const score = items?.[index];
    return score === undefined || score === null ? null : String(score);
  });
}

/**
 * `identity` is the patient's identity now, not as recorded at the amended version: the amendment is filed under
 * the patient as they are, and sending the old identity back would propose undoing a later correction. Questions
 * the amended version's form did not ask stay unanswered, so the clinician answers them rather than inheriting a
 * guess.
 */
export function amendmentFormState(
  submissionId: string,
  amended: { readonly id: string; readonly patientId: string; readonly input: RecordedScreeningInput },
  identity: ScreeningInput["patient"],
): ScreeningFormState {
  const { input } = amended;
  const state = initialFormState(submissionId, amended.patientId, { ...input, patient: identity });
  const s = state.screening;
  s.vitals = { ...input.vitals };
  s.mentalHealth.phq9Items = itemsToForm(input.mentalHealth.phq9Items, PHQ9_ITEM_COUNT);
  s.mentalHealth.gad7Items = itemsToForm(input.mentalHealth.gad7Items, GAD7_ITEM_COUNT);
  s.pregnancy = input.pregnancy;
  s.breastfeeding = input.breastfeeding;
  s.notes = input.notes;
  return { ...state, amendment: { screeningId: amended.id } };
}
