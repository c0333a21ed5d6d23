/**
 * A stored screening against today's rules (issue 8): nothing to say under today's version; added, removed and
 * re-graded flags otherwise; and, for a screening recorded before allergies, other medicines, other conditions
 * and breastfeeding were asked, the rules reading those answers left uncompared rather than judged on an
 * invented "no".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { assess, RULES_VERSION, type RuleId, type Severity } from "@/lib/rules";
import { compareWithTodaysRules, type ComparedFlag } from "@/lib/rules/compare-with-todays-rules";
import { isEmptyDiff } from "@/lib/rules/flag-set-diff";
import { RULES_VERSION_HISTORY } from "@/lib/rules/rules-version";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import { QUESTIONS } from "@/lib/screening/questions";
import type { ScreeningInput } from "@/lib/screening/schema";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const EARLIER_VERSION = "2026-11-25.1";
const on = "2026-11-25";

/** The screening as the 2026-11-25 schema recorded it: without the answers that schema never asked. */
function recordedUnderEarlierSchema(input: ScreeningInput): RecordedScreeningInput {
  const recorded: Partial<ScreeningInput> = { ...input };
  delete recorded.allergies;
  delete recorded.otherMedicines;
  delete recorded.conditions;
  delete recorded.breastfeeding;
  return recorded as RecordedScreeningInput;
}

const keysOf = (flags: readonly ComparedFlag[]) => flags.map(({ ruleId, severity }) => ({ ruleId, severity }));
const todaysFlags = (input: ScreeningInput): ComparedFlag[] =>
  assess(input, { on }).flags.map(({ ruleId, severity, summary }) => ({ ruleId, severity, summary }));
const summaryOf = (input: ScreeningInput, ruleId: RuleId) => todaysFlags(input).find((flag) => flag.ruleId === ruleId)?.summary;

/** The rules of today that read an answer the 2026-11-25 schema did not ask, with the questions they read. */
const RULES_READING_UNASKED_ANSWERS: ReadonlyArray<readonly [RuleId, readonly string[]]> = [
  ["ketamine-hypersensitivity", [QUESTIONS.ketamineHypersensitivity]],
  ["raised-intracranial-pressure", [QUESTIONS.raisedIntracranialPressure]],
  ["raised-intraocular-pressure", [QUESTIONS.raisedIntraocularPressure]],
  ["hyperthyroidism", [QUESTIONS.hyperthyroidism]],
  ["liver-disease", [QUESTIONS.liverDisease]],
  ["breastfeeding", [QUESTIONS.breastfeeding]],
];

describe("compareWithTodaysRules", () => {
  it("the earlier version it is tested against is a released one", () => {
    expect(Object.keys(RULES_VERSION_HISTORY)).toContain(EARLIER_VERSION);
    expect(EARLIER_VERSION).not.toBe(RULES_VERSION);
  });

  it("has nothing to say about a screening assessed with today's rules, whatever its flags", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, fc.boolean(), (input, earlierSchema) => {
        const flags = todaysFlags(makeScreeningInput({ pregnancy: "pregnant" }));
        const recorded = earlierSchema ? recordedUnderEarlierSchema(input) : input;
        expect(compareWithTodaysRules({ rulesVersion: RULES_VERSION, flags, input: recorded, on })).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("finds no difference when an earlier version stored exactly today's flags for a screening of today's schema", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const comparison = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags: todaysFlags(input), input, on });
        expect(comparison).not.toBeNull();
        expect(isEmptyDiff(comparison!.differences)).toBe(true);
        expect(comparison!.notCompared).toEqual([]);
        expect(comparison!.assessedWith).toBe(EARLIER_VERSION);
        expect(comparison!.todaysVersion).toBe(RULES_VERSION);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    {
      name: "a flag today's rules add",
      input: makeScreeningInput({ vitals: { systolic: 150, diastolic: 95 } }),
      stored: (today: ComparedFlag[]) => today.filter((flag) => flag.ruleId !== "baseline-bp-elevated"),
      added: ["baseline-bp-elevated"],
      removed: [],
      changed: [],
    },
    {
      name: "a flag today's rules no longer raise",
      input: makeScreeningInput({}),
      stored: (today: ComparedFlag[]) => [
        { ruleId: "urinary-bladder" as const, severity: "warning" as const, summary: "Bladder problems (earlier wording)." },
        ...today,
      ],
      added: [],
      removed: ["urinary-bladder"],
      changed: [],
    },
    {
      name: "a flag today's rules grade differently",
      input: makeScreeningInput({ vitals: { systolic: 150, diastolic: 95 } }),
      stored: (today: ComparedFlag[]) =>
        today.map((flag) => (flag.ruleId === "baseline-bp-elevated" ? { ...flag, severity: "warning" as Severity } : flag)),
      added: [],
      removed: [],
      changed: [{ ruleId: "baseline-bp-elevated", from: "warning", to: "critical" }],
    },
  ])("names $name", ({ input, stored, added, removed, changed }) => {
    const flags = stored(todaysFlags(input));
    const comparison = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags, input, on });
    expect(comparison?.differences.added.map((flag) => flag.ruleId)).toEqual(added);
    expect(comparison?.differences.removed.map((flag) => flag.ruleId)).toEqual(removed);
    expect(comparison?.differences.severityChanged).toEqual(changed);
  });

  it("gives an added flag today's summary and a removed flag the stored one", () => {
    const input = makeScreeningInput({ vitals: { systolic: 150, diastolic: 95 } });
    const stored = [{ ruleId: "urinary-bladder" as const, severity: "warning" as const, summary: "Stored wording." }];
    const comparison = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags: stored, input, on });
    expect(comparison?.differences.added.find((flag) => flag.ruleId === "baseline-bp-elevated")?.summary).toBe(
      summaryOf(input, "baseline-bp-elevated"),
    );
    expect(comparison?.differences.removed).toEqual(stored);
  });

  describe("on a screening recorded before allergies, other medicines, other conditions and breastfeeding were asked", () => {
    const input = makeScreeningInput({ vitals: { systolic: 150, diastolic: 95 } });
    const recorded = recordedUnderEarlierSchema(input);

    it("leaves out exactly the rules that read an unasked answer, naming the questions", () => {
      const comparison = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags: todaysFlags(input), input: recorded, on });
      expect(comparison?.notCompared.map((rule) => [rule.ruleId, rule.unaskedQuestions])).toEqual(RULES_READING_UNASKED_ANSWERS);
      expect(isEmptyDiff(comparison!.differences)).toBe(true);
    });

    it("keeps a stored flag of such a rule out of the differences, and reports it beside the rule", () => {
      const storedFlag = { ruleId: "hyperthyroidism" as const, severity: "warning" as const, summary: "Stored hyperthyroidism flag." };
      const comparison = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags: [storedFlag], input: recorded, on });
      const ruleIds = (flags: readonly ComparedFlag[]) => flags.map((flag) => flag.ruleId);
      expect(ruleIds(comparison!.differences.removed)).not.toContain("hyperthyroidism");
      expect(comparison?.notCompared.find((rule) => rule.ruleId === "hyperthyroidism")?.storedFlag).toEqual(storedFlag);
      expect(comparison?.notCompared.find((rule) => rule.ruleId === "breastfeeding")?.storedFlag).toBeUndefined();
    });

    it("never reports what a rule would do on an unasked answer: whatever the answers would have been, the rest compares the same", () => {
      fc.assert(
        fc.property(screeningInputArbitrary, (full) => {
          const flags = todaysFlags(makeScreeningInput({ urinary: { bladderHistory: true } }));
          const unknown = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags, input: recordedUnderEarlierSchema(full), on });
          const known = compareWithTodaysRules({ rulesVersion: EARLIER_VERSION, flags, input: full, on });
          const skipped = new Set(unknown!.notCompared.map((rule) => rule.ruleId));
          const kept = <F extends { ruleId: RuleId }>(items: readonly F[]) => items.filter((item) => !skipped.has(item.ruleId));
          expect(keysOf(unknown!.differences.added)).toEqual(keysOf(kept(known!.differences.added)));
          expect(keysOf(unknown!.differences.removed)).toEqual(keysOf(kept(known!.differences.removed)));
          expect(unknown!.differences.severityChanged).toEqual(kept(known!.differences.severityChanged));
        }),
        { numRuns: 300 },
      );
    });
  });
});
