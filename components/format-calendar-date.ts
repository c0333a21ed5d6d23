/**
 * The app's one written date style: "14 Mar 1979" (day, three-letter English month, year). Month names are the
 * app's own, not Intl's: ICU versions disagree ("Sep" or "Sept" in en-GB), and a page rendered on the server and
 * re-rendered in a browser with another ICU must say the same thing.
 */
export const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Day, month and year as numbers (month 1–12), already known to form a real date. */
export function writtenDate(year: number, month: number, day: number): string {
  return `${day} ${MONTH_ABBREVIATIONS[month - 1]} ${year}`;
}

/** A `YYYY-MM-DD` calendar date written out, e.g. "14 Mar 1979"; the text itself when it is not such a date. */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Through UTC so no time zone can move the day; a day that does not exist (2023-02-29) is shown as given.
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? writtenDate(year, month, day) : isoDate;
}
