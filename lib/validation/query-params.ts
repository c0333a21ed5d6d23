/**
 * Pieces for reading a page's filters from its query string: a filter is part of the URL so it can be
 * bookmarked and shared, and a malformed one is reported on its field, never silently dropped (a reader must
 * not take an unfiltered list for a filtered one).
 */
import { z } from "./zod";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day `YYYY-MM-DD`; blank is "not given". */
export const optionalDayParam = z
  .union([
    z.literal(""),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-25")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Use a real date"),
  ])
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** Trimmed text up to `max` characters; blank is "not given". */
export function optionalTextParam(max: number, message: string) {
  return z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => (value === "" ? undefined : value))
    .optional();
}

/** A choice from a closed list; blank is "not given". */
export function optionalChoiceParam<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z
    .enum(["", ...values] as unknown as readonly [string, ...string[]], { error: message })
    .transform((value) => (value === "" ? undefined : (value as T[number])))
    .optional();
}

/** Days `from` to `to`, both included, as instants (UTC): `to` ends at the next midnight, exclusive. */
export function dayRangeBounds(from: string | undefined, to: string | undefined): { from?: Date; to?: Date } {
  return {
    from: from ? new Date(`${from}T00:00:00Z`) : undefined,
    to: to ? new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) : undefined,
  };
}

/** Only the first value of a repeated query parameter counts. */
export function searchParamsRecord(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}

/** A request URL's query, the first value of each name (as a page's `searchParams` gives it to `searchParamsRecord`). */
export function queryRecord(searchParams: URLSearchParams): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of searchParams) record[name] ??= value;
  return record;
}

/** The first message per top-level field of a failed parse, for showing beside each filter. */
export function errorsByField(issues: readonly { path: readonly PropertyKey[]; message: string }[], fallback: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? fallback)] ??= issue.message;
  return errors;
}
