/**
 * The age rule decides most patients by their birth year alone and calls ageInYears only near or under 18 (a
 * shortcut for speed). Property: over any pair of calendar dates from 1900 to 2099, leap days and year ends
 * included, and pairs 16 to 20 years apart, its finding is the one the plain definition gives: ageInYears on
 * every patient.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ageUnder18 } from "@/lib/rules/other-conditions";
import { ageInYears } from "@/lib/screening/calendar-date";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const pad = (n: number) => String(n).padStart(2, "0");

/** Any real day from 1900 to 2099, as `YYYY-MM-DD`. */
const calendarDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);

/** A birth date and a day 16 to 20 calendar years later, where the year alone may not decide. */
const nearEighteen = fc
  .record({ birth: calendarDate, yearsLater: fc.integer({ min: 16, max: 20 }), on: calendarDate })
  .map(({ birth, yearsLater, on }) => ({ birth, on: `${Number(birth.slice(0, 4)) + yearsLater}${on.slice(4)}` }));

/** The rule's finding by its plain definition. */
function reference(dateOfBirth: string, on: string) {
  const age = ageInYears(dateOfBirth, on);
  return age < 18 ? { severity: "warning", reasons: [`Aged ${age} on the day of the screening (${on}): under 18`] } : null;
}

describe("age-under-18", () => {
  it("finds what ageInYears on every patient would find", () => {
    fc.assert(
      fc.property(fc.oneof(fc.record({ birth: calendarDate, on: calendarDate }), nearEighteen), ({ birth, on }) => {
        const input = makeScreeningInput({ patient: { dateOfBirth: birth } });
        expect(ageUnder18.evaluate(input, { on })).toEqual(reference(birth, on));
      }),
      { numRuns: 5000 },
    );
  });
});
