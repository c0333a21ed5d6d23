/**
 * The rules-change notice rendered to HTML as the server sends it: absent under today's rules; otherwise both
 * versions, that the record is unchanged, and what today's rules would add, drop or re-grade, with severity in
 * words. The browser test checks the same on the real page; these run in milliseconds.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { RulesChangeNotice, type RulesChangeNoticeProps } from "@/components/screening-result/rules-change-notice";
import { assess, ruleCatalogue, RULES_VERSION, type RuleId } from "@/lib/rules";
import type { ComparedFlag } from "@/lib/rules/compare-with-todays-rules";
import { UNASKED_ANSWERS } from "@/lib/rules/unasked-answer-readers";
import { QUESTIONS } from "@/lib/screening/questions";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import type { ScreeningInput } from "@/lib/screening/schema";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const EARLIER_VERSION = "2026-11-25.1";
const screeningDay = "2026-11-25";
const input = makeScreeningInput({ vitals: { systolic: 150, diastolic: 95 } });
const today: ComparedFlag[] = assess(input, { on: screeningDay }).flags.map(({ ruleId, severity, summary }) => ({ ruleId, severity, summary }));

const text = (props: RulesChangeNoticeProps) =>
  renderToStaticMarkup(createElement(RulesChangeNotice, props))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([:;.,])/g, "$1")
    .trim();
const title = (id: string) => ruleCatalogue.find((rule) => rule.id === id)?.title;

describe("the rules-change notice", () => {
  it("renders nothing for a screening assessed with today's rules", () => {
    expect(renderToStaticMarkup(createElement(RulesChangeNotice, { rulesVersion: RULES_VERSION, flags: [], input, screeningDay }))).toBe("");
  });

  it("names both versions, keeps the record, and says when today's rules would raise the same flags", () => {
    const shown = text({ rulesVersion: EARLIER_VERSION, flags: today, input, screeningDay });
    expect(shown).toContain(`Assessed with rules version ${EARLIER_VERSION}; today’s rules are version ${RULES_VERSION}.`);
    expect(shown).toContain("the record is unchanged. A new screening or an amendment uses today’s rules.");
    expect(shown).toContain("Today’s rules would raise the same flags.");
    expect(shown).not.toContain("differently");
  });

  it("lists added, dropped and re-graded flags under their own headings, severity in words", () => {
    const stored: ComparedFlag[] = [
      { ruleId: "urinary-bladder", severity: "warning", summary: "Stored bladder wording." },
      ...today
        .filter((flag) => flag.ruleId !== "suicidal-ideation")
        .map((flag) => (flag.ruleId === "baseline-bp-elevated" ? { ...flag, severity: "warning" as const } : flag)),
    ];
    const html = renderToStaticMarkup(createElement(RulesChangeNotice, { rulesVersion: EARLIER_VERSION, flags: stored, input, screeningDay }));
    expect(html).toMatch(/<h2 id="rules-change-title"[^>]*>The rules have changed since this screening<\/h2>/);
    const shown = text({ rulesVersion: EARLIER_VERSION, flags: stored, input, screeningDay });
    expect(shown).toContain("Today’s rules would flag this screening differently:");
    expect(shown).toContain(`Flags today’s rules would add (1) Warning ${title("suicidal-ideation")}:`);
    expect(shown).toContain(`Stored flags today’s rules would not raise (1) Warning ${title("urinary-bladder")}: Stored bladder wording.`);
    expect(shown).toContain(
      `Flags today’s rules would raise at another severity (1) Critical ${title("baseline-bp-elevated")}: stored as Warning, today’s rules raise it as Critical.`,
    );
  });

  it("names a stored flag whose rule today's rules no longer have by its stored summary", () => {
    const retired = { ruleId: "retired-rule" as RuleId, severity: "warning" as const, summary: "Stored flag of a retired rule." };
    const shown = text({ rulesVersion: EARLIER_VERSION, flags: [retired, ...today], input, screeningDay });
    expect(shown).toContain("Stored flags today’s rules would not raise (1) Warning A rule today’s rules no longer have: Stored flag of a retired rule.");
  });

  it("names the rules it could not compare on a screening recorded before their questions were asked", () => {
    const earlier: Partial<ScreeningInput> = { ...input };
    for (const answer of UNASKED_ANSWERS) delete earlier[answer];
    const shown = text({ rulesVersion: EARLIER_VERSION, flags: today, input: earlier as RecordedScreeningInput, screeningDay });
    expect(shown).toContain("On the rules that could be compared, today’s rules would raise the same flags.");
    expect(shown).toContain("Not compared: rules that read questions this screening did not ask (6)");
    expect(shown).toContain(`${title("breastfeeding")}: needs “Breastfeeding”, not asked then. No flag was stored for it.`);
    expect(shown).toContain(`${title("hyperthyroidism")}: needs “${QUESTIONS.hyperthyroidism}”, not asked then. No flag was stored for it.`);
  });
});
