/**
 * The result page's summary and counselling list, rendered to HTML as the server sends them: the wording of the
 * summary (never "cleared"), one link per decision flag to a card that carries the linked id, and the counselling
 * points collapsed with their quotes. The browser tests check the same in Chromium; these run in milliseconds.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { CounsellingChecklist } from "@/components/screening-result/counselling-checklist";
import { DecisionSummary } from "@/components/screening-result/decision-summary";
import { FlagList } from "@/components/screening-result/flag-list";
import { assess, type Flag } from "@/lib/rules";
import { summariseFlags } from "@/lib/rules/flag-summary";
import { phq9WithTotal } from "@/tests/support/item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";

const document = { title: "Ketamine side effects", paragraphs: [] };
const on = { on: "2026-11-25" };

const HIGH_RISK = assess(
  makeScreeningInput({
    vitals: { systolic: 152, diastolic: 94, heartRate: 88 },
    cardiovascular: { conditions: ["arrhythmia"] },
    other: { nauseaProne: true },
  }),
  on,
).flags;
const LOW_RISK = assess(
  makeScreeningInput({ mentalHealth: { ...BASELINE_SCREENING.mentalHealth, phq9Items: phq9WithTotal(0) } }),
  on,
).flags;

const summaryHtml = (flags: readonly Flag[]) => renderToStaticMarkup(createElement(DecisionSummary, { summary: summariseFlags(flags) }));
const text = (html: string) => html.replace(/<[^>]+>/g, "");

/** Words that would tell a reader the patient may be treated: the app never says so. */
const CLEARING_WORDS = /\b(cleared|clear for|safe to|fit for|no risk|approved|eligible)\b/i;

describe("the decision summary", () => {
  it("leads with the counts needing a decision and one link per such flag, critical first", () => {
    const { counts, decisionFlags } = summariseFlags(HIGH_RISK);
    const html = summaryHtml(HIGH_RISK);
    expect(counts.critical).toBeGreaterThan(0);
    expect(counts.warning).toBeGreaterThan(0);
    expect(text(html)).toContain(`Needs a decision: ${counts.critical} critical, ${counts.warning} warning`);
    const links = [...html.matchAll(/<a href="#(flag-[a-z0-9-]+)"[^>]*>([^<]+)<\/a>/g)];
    expect(links.map((link) => link[1])).toEqual(decisionFlags.map((flag) => `flag-${flag.ruleId}`));
    expect(links.map((link) => link[2])).toEqual(decisionFlags.map((flag) => escapeHtml(flag.summary)));
  });

  it("links to ids that the flags' cards carry, on their focusable headings", () => {
    const { decisionFlags } = summariseFlags(HIGH_RISK);
    const cards = renderToStaticMarkup(createElement(FlagList, { flags: decisionFlags, document }));
    for (const flag of decisionFlags) {
      expect(cards).toMatch(new RegExp(`<h4 id="flag-${flag.ruleId}" tabindex="-1"`, "i"));
    }
  });

  it("says plainly when nothing needs a decision, and points to the counselling, never clearing the patient", () => {
    const html = summaryHtml(LOW_RISK);
    expect(text(html)).toBe(
      `No critical or warning flags` + `Go through the ${LOW_RISK.length} counselling points with the patient.`,
    );
    expect(html).not.toMatch(/href="#flag-/);
    expect(html).toContain('href="#counselling-title"');
  });

  it("never uses words that clear a patient, whatever the flags", () => {
    for (const flags of [HIGH_RISK, LOW_RISK, []]) expect(text(summaryHtml(flags))).not.toMatch(CLEARING_WORDS);
    expect(text(summaryHtml([]))).toContain("No rule raised a flag for this screening.");
  });
});

describe("the counselling checklist", () => {
  const html = renderToStaticMarkup(createElement(CounsellingChecklist, { flags: summariseFlags(LOW_RISK).counsellingFlags, document }));

  it("is collapsed until opened, and names how many points it holds", () => {
    expect(html).toMatch(/<details(?![^>]*\bopen\b)[^>]*>/);
    expect(text(html)).toContain(`Counselling points to go through with the patient (${LOW_RISK.length})`);
  });

  it("lists each point with its reasons and its quoted source", () => {
    for (const flag of LOW_RISK) {
      expect(html).toContain(escapeHtml(flag.summary));
      for (const source of flag.source) {
        expect(html).toContain(escapeHtml(source.kind === "document" ? source.quote : source.citation));
      }
    }
    expect(html.match(/<li/g)).toHaveLength(LOW_RISK.length);
  });

  it("offers no tick box: ticking a point as discussed waits for the stored review", () => {
    expect(html).not.toContain("<input");
  });

  it("renders nothing when there is no counselling flag", () => {
    expect(renderToStaticMarkup(createElement(CounsellingChecklist, { flags: [], document }))).toBe("");
  });
});

/** As React escapes text content. */
function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}
