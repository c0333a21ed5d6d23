/**
 * A stored draft back into the form's state. Plain module (no "use client"), so the page can build the form's
 * default values on the server.
 */
import type { DraftScreeningState } from "@/lib/screening/draft-schema";

import type { ScreeningFormState } from "./form-model";

/**
 * The cast is the form's own convention: its type says `number` and `string[]` where the inputs may hold the
 * text typed into a number field or `false` for a checkbox group with nothing ticked (see form-model.ts), and
 * the draft keeps exactly what the inputs held.
 */
export function formStateFromDraft(submissionId: string, patientId: string | undefined, state: DraftScreeningState): ScreeningFormState {
  return { submissionId, patientId, screening: state as ScreeningFormState["screening"] };
}
