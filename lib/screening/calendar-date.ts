/**
 * Calendar dates as `YYYY-MM-DD` strings. Dates of birth are calendar dates, not instants: they are
 * compared as strings and never pass through a time zone.
 */

/** True when `value` (already `YYYY-MM-DD`) names a day that exists, e.g. not 2023-02-29. */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today in the local calendar of whoever is parsing (the clinician's browser or the server). */
export function todayIsoDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Two digits, for a month or a day. Made once: `assess` asks for today's date on every call. */
function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whole years completed between two calendar dates (a birthday on the day counts). */
export function ageInYears(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
