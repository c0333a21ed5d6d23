import "server-only";

/**
 * Schemas for what comes back out of Json and string columns. A row that does not match fails loudly here
 * instead of reaching a page half-formed.
 */
import { z } from "@/lib/validation/zod";

import { SEVERITIES, type FlagSource, type RuleId } from "@/lib/rules/types";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { parseAsRecordedOn, recordedInputSchema, type RecordedScreeningInput } from "@/lib/screening/recorded-input";

import { FLAG_DECISIONS, OUTCOMES } from "@/lib/review/decisions";
import { SCREENING_STATUSES } from "@/lib/review/status";

export const severitySchema = z.enum(SEVERITIES);
export const statusSchema = z.enum(SCREENING_STATUSES);
export const decisionSchema = z.enum(FLAG_DECISIONS);
export const outcomeSchema = z.enum(OUTCOMES);
export const reasonsSchema = z.array(z.string());
export const sourceSchema = z.array(
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("document"), quote: z.string() }),
    z.object({ kind: z.literal("standard"), citation: z.string() }),
  ]),
) satisfies z.ZodType<FlagSource[]>;

export class StoredDataError extends Error {
  override name = "StoredDataError";
}

export function parseStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new StoredDataError(`Stored ${what} is not valid: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Stored input is re-validated with the schema it was recorded under (the current one or an earlier version),
 * as of the day the screening was taken: its age bounds move with the calendar, and a record valid when
 * stored must stay readable and show what it recorded.
 */
export function parseStoredInput(value: unknown, screeningId: string, takenAt: Date): RecordedScreeningInput {
  return parseAsRecordedOn(todayIsoDate(takenAt), () => parseStored(recordedInputSchema(), value, `input of screening ${screeningId}`));
}

/**
 * Only the identity recorded in a stored input, for lists: the whole input is not needed there. Loose on
 * purpose (other keys are ignored), since every schema version records these fields alike.
 */
export const recordedIdentitySchema = z.object({
  patient: z.object({ fullName: z.string(), dateOfBirth: z.string(), medicalRecordNumber: z.string().optional() }),
});

const storedItems = z.array(z.number().int().min(0).max(3).nullable());

/**
 * What the CSV export reads of a stored input: the recorded identity, the optional measurements and the
 * questionnaire items. Narrower than the full recorded-input schema, which costs far more per row, and enough
 * because the stored input was validated in full when it was saved.
 */
export const exportFactsSchema = recordedIdentitySchema.extend({
  vitals: z.object({ oxygenSaturation: z.number().optional(), weightKg: z.number().optional() }),
  mentalHealth: z.object({ phq9Items: storedItems.optional(), gad7Items: storedItems.optional() }),
});

/** Rule ids are checked by lib/rules; here any non-empty string is accepted and typed as a RuleId. */
export function asRuleId(value: string): RuleId {
  return value as RuleId;
}
