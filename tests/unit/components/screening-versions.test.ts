/**
 * The version components of the result page, rendered to HTML as the server sends them: "Amend this screening"
 * on a signed version only, the replaced-version notice, and the banner of an amendment with its reason. The
 * browser test (tests/e2e/amendment.spec.ts) walks the same in Chromium.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { AmendLink } from "@/components/screening-versions/amend-link";
import { VersionBanner } from "@/components/screening-versions/version-banner";
import { VersionDifferences } from "@/components/screening-versions/version-differences";
import type { ScreeningStatus, StoredFlag } from "@/lib/db/types";
import { assess } from "@/lib/rules";
import { SCREENING_STATUSES } from "@/lib/review/status";
import { diffVersions } from "@/lib/screening/version-diff";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const html = (element: React.ReactElement) => renderToStaticMarkup(element);

describe("AmendLink", () => {
  it.each(SCREENING_STATUSES.map((status) => [status, status === "signed"] as const))("on a screening %s is offered: %s", (status, offered) => {
    const markup = html(createElement(AmendLink, { screeningId: "s1", status }));
    expect(markup.includes('href="/screenings/s1/amend"')).toBe(offered);
    expect(markup.includes("Amend this screening")).toBe(offered);
  });
});

describe("VersionBanner", () => {
  it("shows nothing on a first version nobody amended", () => {
    for (const status of ["awaiting-review", "signed"] as const satisfies readonly ScreeningStatus[]) {
      expect(html(createElement(VersionBanner, { versions: { version: 1, amends: null, amendedById: null }, status }))).toBe("");
    }
  });

  it("marks a replaced version and links to the version replacing it", () => {
    const markup = html(createElement(VersionBanner, { versions: { version: 1, amends: null, amendedById: "s2" }, status: "amended" }));
    expect(markup).toContain("This version was replaced by version 2");
    expect(markup).toContain('href="/screenings/s2"');
    expect(markup).toContain("It is kept as it was");
  });

  it("names an amendment's version, the version it amends and the reason, and says decisions start afresh", () => {
    const markup = html(
      createElement(VersionBanner, { versions: { version: 2, amends: { id: "s1", reason: "Wrong <chart>" }, amendedById: null }, status: "awaiting-review" }),
    );
    expect(markup).toContain("Version 2 of this screening");
    expect(markup).toContain('href="/screenings/s1"');
    expect(markup).toContain("Wrong &lt;chart&gt;");
    expect(markup).toContain("were not carried over");
  });
});

describe("VersionDifferences", () => {
  const stored = (input: ReturnType<typeof makeScreeningInput>, decided: boolean): StoredFlag[] =>
    assess(input, { on: "2026-11-25" }).flags.map((flag, index) => ({
      ...flag,
      id: `f${index}`,
      decision: decided && flag.severity !== "info" ? { decision: "defer", note: null, name: "A. Lee", at: new Date(0) } : null,
      discussed: null,
    }));

  it("tabulates changed answers with a header per version, and decisions not carried over", () => {
    const before = makeScreeningInput({ vitals: { systolic: 152, diastolic: 94, heartRate: 88, weightKg: 70 } });
    const after = makeScreeningInput();
    const flags = stored(after, false);
    const diff = diffVersions({ input: before, flags: stored(before, true) }, { input: after, flags });
    const markup = html(createElement(VersionDifferences, { diff, previous: { id: "s1", version: 1 }, flags }));
    expect(markup).toContain("What changed from version 1");
    expect(markup).toContain('<th scope="col" class="border border-slate-300 px-3 py-2 text-left align-top">Version 2</th>');
    expect(markup).toMatch(/<th scope="row"[^>]*>Systolic \(mmHg\)<\/th><td[^>]*>152<\/td><td[^>]*>118<\/td>/);
    expect(markup).toContain("No longer raised:");
    expect(markup).toMatch(/<td[^>]*>Defer treatment<\/td><td[^>]*>No decision<\/td>/);
  });

  it("says when nothing differs", () => {
    const input = makeScreeningInput();
    const flags = stored(input, false);
    const markup = html(createElement(VersionDifferences, { diff: diffVersions({ input, flags }, { input, flags }), previous: { id: "s1", version: 1 }, flags }));
    expect(markup).toContain("Nothing differs in the answers, flags or decisions.");
    expect(markup).not.toContain("<table");
  });
});
