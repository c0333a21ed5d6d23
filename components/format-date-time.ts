import { writtenDate } from "./format-calendar-date";

const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * An instant in the app's written date style with the time, e.g. "25 Nov 2026, 09:41": in the server's zone
 * (where the clinic is), or with `utc` in UTC with seconds and a "UTC" suffix, as the audit trail lists events.
 */
export function formatDateTime(date: Date, { utc = false }: { utc?: boolean } = {}): string {
  if (utc) {
    const time = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`;
    return `${writtenDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())}, ${time} UTC`;
  }
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return `${writtenDate(date.getFullYear(), date.getMonth() + 1, date.getDate())}, ${time}`;
}
