/**
 * Every date a person reads in the app: written out in one style ("14 Mar 1979"), with the machine-readable
 * ISO value in `<time dateTime>` for assistive technology and copy-paste. Plain components (no hooks), usable
 * from server and client components alike.
 */
import { ageInYears, isCalendarDate } from "@/lib/screening/calendar-date";

import { formatCalendarDate } from "./format-calendar-date";
import { formatDateTime } from "./format-date-time";

/** A calendar date (`YYYY-MM-DD`), e.g. a date of birth: never shifted by a time zone. */
export function CalendarDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatCalendarDate(iso)}</time>;
}

/** An instant, e.g. when a screening was taken: in the server's zone, or in UTC with seconds (`utc`). */
export function DateTime({ at, utc = false }: { at: Date; utc?: boolean }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at, { utc })}</time>;
}

/**
 * A date of birth with the age on the day `on` (`YYYY-MM-DD`: the screening's day, not today, so a record keeps
 * the age the patient had when it was taken), e.g. "14 Mar 1979 (age 47)". Counted by `ageInYears`, as the rules
 * count it; someone born on 29 February turns a year older on 1 March in other years.
 */
export function DateOfBirth({ iso, on }: { iso: string; on: string }) {
  const age = ageOn(iso, on);
  return (
    <>
      <CalendarDate iso={iso} />
      {age !== null && ` (age ${age})`}
    </>
  );
}

/** Whole years on the day `on`; null when the date of birth is not a real date on or before that day. */
export function ageOn(dateOfBirth: string, on: string): number | null {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) && isCalendarDate(dateOfBirth) && dateOfBirth <= on;
  return valid ? ageInYears(dateOfBirth, on) : null;
}
