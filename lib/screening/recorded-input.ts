/**
 * A screening as it was recorded, whatever the schema version it was recorded under. Screenings stored before
 * the 2026-12 facts (weight, allergies, other medicines, other conditions, breastfeeding) lack them: they were
 * not asked, and a reader must show "not asked" rather than guess "no". Partly answered questionnaires exist
 * only in the current version.
 */
import { z } from "../validation/zod";

import { screeningInputSchemaAsOf, type ScreeningInput } from "./schema";
import { screeningInputSchemaV20261125AsOf } from "./schema-2026-11-25";

/** The facts added after 2026-11-25; absent on a screening recorded before them. */
export const ADDED_FACTS = ["allergies", "otherMedicines", "conditions", "breastfeeding"] as const satisfies readonly (keyof ScreeningInput)[];
type AddedFacts = (typeof ADDED_FACTS)[number];

export type RecordedScreeningInput = Omit<ScreeningInput, AddedFacts> & Partial<Pick<ScreeningInput, AddedFacts>>;

/**
 * Parses a stored input with the current schema, or failing that with the 2026-11-25 one, each as of the day
 * the screening was taken (date-of-birth bounds move with the calendar).
 */
export function recordedScreeningInputSchemaAsOf(today: () => string): z.ZodType<RecordedScreeningInput> {
  return z.union([screeningInputSchemaAsOf(today), screeningInputSchemaV20261125AsOf(today)]);
}

/** True when the screening was recorded with the questions added after 2026-11-25. */
export function hasCurrentFacts(input: RecordedScreeningInput): input is ScreeningInput {
  return input.allergies !== undefined && input.conditions !== undefined && input.breastfeeding !== undefined;
}
