/**
 * A screening as it was recorded, whatever the schema version it was recorded under. Screenings stored before
 * the 2026-12 facts (weight, allergies, other medicines, other conditions, breastfeeding) lack them: they were
 * not asked, and a reader must show "not asked" rather than guess "no". Partly answered questionnaires exist
 * only in the current version.
 */
import { z } from "../validation/zod";

import { todayIsoDate } from "./calendar-date";
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

// Building the schema took about 2 ms, parsing with it 0.1 ms: a patient's history of hundreds of screenings, each
// of another day, spent seconds building. One schema serves every read and asks for the day only while parsing,
// which is synchronous, so no other read can change the day between setting it and its use.
let readingDay = "";
let sharedSchema: z.ZodType<RecordedScreeningInput> | undefined;

/** The recorded-input schema with the date-of-birth bounds of the day passed to `parseAsRecordedOn`. */
export function recordedInputSchema(): z.ZodType<RecordedScreeningInput> {
  // Outside `parseAsRecordedOn` (a caller checking a record it was sent), today's bounds apply.
  sharedSchema ??= recordedScreeningInputSchemaAsOf(() => readingDay || todayIsoDate());
  return sharedSchema;
}

/**
 * Runs `parse` (synchronous) with `recordedInputSchema()` bound to `day` (`YYYY-MM-DD`, the screening's day):
 * a record valid when stored stays readable however the calendar has moved.
 */
export function parseAsRecordedOn<T>(day: string, parse: () => T): T {
  recordedInputSchema();
  const previous = readingDay;
  readingDay = day;
  try {
    return parse();
  } finally {
    readingDay = previous;
  }
}
