import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { CalendarDate, DateOfBirth, DateTime } from "@/components/dates";
import { formatCalendarDate } from "@/components/format-calendar-date";
import { formatDateTime } from "@/components/format-date-time";

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe("the written date style", () => {
  it.each([
    ["1979-03-14", "14 Mar 1979"],
    ["2020-09-03", "3 Sep 2020"],
    ["2000-02-29", "29 Feb 2000"],
    ["1900-12-31", "31 Dec 1900"],
  ])("writes %s as %s", (iso, written) => {
    expect(formatCalendarDate(iso)).toBe(written);
  });

  it("shows text that is not a real calendar date as it is", () => {
    expect(formatCalendarDate("2023-02-29")).toBe("2023-02-29");
    expect(formatCalendarDate("14/03/1979")).toBe("14/03/1979");
  });

  it("writes an instant with its time, in the server's zone or in UTC with seconds", () => {
    const at = new Date(2026, 10, 25, 9, 41, 7);
    expect(formatDateTime(at)).toBe("25 Nov 2026, 09:41");
    expect(formatDateTime(new Date("2026-11-25T23:05:09Z"), { utc: true })).toBe("25 Nov 2026, 23:05:09 UTC");
  });
});

describe("date components", () => {
  it("puts the ISO value in <time dateTime>", () => {
    expect(html(createElement(CalendarDate, { iso: "1979-03-14" }))).toBe('<time dateTime="1979-03-14">14 Mar 1979</time>');
    const at = new Date("2026-11-25T23:05:09.000Z");
    expect(html(createElement(DateTime, { at, utc: true }))).toBe('<time dateTime="2026-11-25T23:05:09.000Z">25 Nov 2026, 23:05:09 UTC</time>');
  });

  it("shows the age on the given day beside a date of birth", () => {
    expect(html(createElement(DateOfBirth, { iso: "1979-03-14", on: "2026-11-25" }))).toBe('<time dateTime="1979-03-14">14 Mar 1979</time> (age 47)');
  });

  it("counts a year only from the birthday itself", () => {
    const age = (iso: string, on: string) => html(createElement(DateOfBirth, { iso, on })).replace(/<[^>]+>/g, "");
    expect(age("1979-03-14", "2026-03-13")).toBe("14 Mar 1979 (age 46)");
    expect(age("1979-03-14", "2026-03-14")).toBe("14 Mar 1979 (age 47)");
  });

  it("ages someone born on 29 February on 1 March in other years, and on 29 February in leap years", () => {
    const age = (on: string) => html(createElement(DateOfBirth, { iso: "2000-02-29", on })).replace(/<[^>]+>/g, "");
    expect(age("2001-02-28")).toBe("29 Feb 2000 (age 0)");
    expect(age("2001-03-01")).toBe("29 Feb 2000 (age 1)");
    expect(age("2004-02-28")).toBe("29 Feb 2000 (age 3)");
    expect(age("2004-02-29")).toBe("29 Feb 2000 (age 4)");
  });

  it("leaves out an age it cannot count", () => {
    expect(html(createElement(DateOfBirth, { iso: "2030-01-01", on: "2026-11-25" }))).toBe('<time dateTime="2030-01-01">1 Jan 2030</time>');
  });
});
