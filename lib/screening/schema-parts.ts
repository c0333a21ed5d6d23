/**
 * The building blocks of the screening schemas (the current one and the earlier versions kept to read stored
 * screenings). Each block writes its own messages for the clinician, naming the field.
 */
import { z } from "../validation/zod";

import { ageInYears, isCalendarDate } from "./calendar-date";

export const MAX_AGE_YEARS = 120;

/** A whole number within bounds, with messages that name the measurement and its unit. */
export function boundedInteger(label: string, min: number, max: number, unit: string) {
  const range = `between ${min} and ${max}${unit ? ` ${unit}` : ""}`;
  return z
    .number({ error: (issue) => (issue.input === undefined || Number.isNaN(issue.input) ? `${label} is required` : `${label} must be a number`) })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be ${range}` })
    .max(max, { error: `${label} must be ${range}` });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `Choose ${label}` });
}

export function yesNo(label: string) {
  return z.boolean({ error: `Answer ${label} (yes or no)` });
}

export function distinctList<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .array(z.enum(values, { error: `Unknown ${label}` }), {
      error: (issue) => (issue.input === undefined ? `Answer None, or tick each ${label} that applies` : `${label} must be a list`),
    })
    .refine((items) => new Set(items).size === items.length, {
      error: `Each ${label} can be listed only once`,
    });
}

/** One PHQ-9 or GAD-7 item score, 0 to 3. */
export function itemScore(name: string) {
  const message = `Each ${name} item must be scored 0 to 3`;
  return z.number({ error: message }).int({ error: message }).min(0, { error: message }).max(3, { error: message });
}

/** A section of the form: rejects keys the contract does not know, naming them, and says when it is missing. */
export function strictSection<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return `Unknown field: ${issue.keys.join(", ")}`;
      if (issue.code === "invalid_type") return `${label} section is missing`;
      return undefined;
    },
  });
}

/**
 * Date-of-birth bounds depend on the day of the screening: a stored screening is re-validated as of the day it
 * was taken, or a patient screened at 120 would make their record unreadable a year later.
 */
export function dateOfBirthAsOf(today: () => string) {
  return z
    .string({ error: "Date of birth is required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Date of birth must be a date (YYYY-MM-DD)" })
    // `abort` keeps the later checks from comparing a date that does not exist.
    .refine(isCalendarDate, { error: "Date of birth is not a real calendar date", abort: true })
    .refine((value) => value <= today(), { error: "Date of birth cannot be in the future" })
    .refine((value) => ageInYears(value, today()) <= MAX_AGE_YEARS, {
      error: `Age must be at most ${MAX_AGE_YEARS} years`,
    });
}

export function medicalRecordNumber() {
  return z
    .string({ error: "Medical record number must be text" })
    .min(1, { error: "Medical record number cannot be empty" })
    .max(64, { error: "Medical record number must be at most 64 characters" })
    .regex(/^[A-Za-z0-9/-]+$/, {
      error: "Medical record number may contain only letters, digits, - and /",
    });
}

export const PREGNANCY_NEEDS_FEMALE_BIOLOGY: ReadonlySet<string> = new Set(["pregnant", "unknown"]);

export const PREGNANCY_FOR_MALE_MESSAGE =
  "Pregnancy does not apply when sex at birth is male: choose “Not applicable” or correct the sex at birth";
