/**
 * The result page's summary of flags: which need a decision (critical, warning), in what order, and which are
 * counselling points (info). Table-driven on real assessments, then fast-check properties over arbitrary lists.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { assess, SEVERITIES, type Flag, type Severity } from "@/lib/rules";
import { DECISION_SEVERITIES, needsDecision, summariseFlags } from "@/lib/rules/flag-summary";
import { ALWAYS_PRESENT_RULES } from "@/tests/support/always-present-rules";
import { phq9WithTotal } from "@/tests/support/item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";

/** A flag shape the helper accepts: a severity and something to tell flags apart by (a stored flag's id). */
interface TaggedFlag {
  readonly id: number;
  readonly severity: Severity;
}

/** Nothing to report, and a PHQ-9 of 0 (without a PHQ-9 the suicide-risk rule warns that it was not screened). */
const LOW_RISK = makeScreeningInput({ mentalHealth: { ...BASELINE_SCREENING.mentalHealth, phq9Items: phq9WithTotal(0) } });

const flagsArbitrary = fc
  .array(fc.constantFrom(...SEVERITIES), { maxLength: 40 })
  .map((severities) => severities.map((severity, id): TaggedFlag => ({ id, severity })));

describe("summariseFlags", () => {
  it("needs a decision for critical and warning flags only", () => {
    expect(DECISION_SEVERITIES).toEqual(["critical", "warning"]);
    expect(SEVERITIES.filter(needsDecision)).toEqual(["critical", "warning"]);
  });

  it("puts a low-risk screening's nine counselling flags in the checklist and nothing in front of the clinician", () => {
    const summary = summariseFlags(assess(LOW_RISK, { on: "2026-11-25" }).flags);
    expect(summary.counts).toEqual({ critical: 0, warning: 0 });
    expect(summary.decisionFlags).toEqual([]);
    expect(summary.counsellingFlags.map((flag) => flag.ruleId)).toEqual(expect.arrayContaining([...ALWAYS_PRESENT_RULES]));
    expect(summary.counsellingFlags).toHaveLength(ALWAYS_PRESENT_RULES.length);
  });

  it("counts and orders the flags of a high-risk screening, critical first", () => {
    const flags = assess(
      makeScreeningInput({
        vitals: { systolic: 152, diastolic: 94, heartRate: 88 },
        other: { nauseaProne: true },
      }),
      { on: "2026-11-25" },
    ).flags;
    const summary = summariseFlags(flags);
    const critical = flags.filter((flag) => flag.severity === "critical");
    const warning = flags.filter((flag) => flag.severity === "warning");
    expect(critical.length).toBeGreaterThan(0);
    expect(warning.map((flag) => flag.ruleId)).toContain("nausea-vomiting");
    expect(summary.counts).toEqual({ critical: critical.length, warning: warning.length });
    expect(summary.decisionFlags).toEqual([...critical, ...warning]);
    // nausea-vomiting was raised to a warning, so it leaves the counselling points.
    expect(summary.counsellingFlags.map((flag) => flag.ruleId)).not.toContain("nausea-vomiting");
  });

  it("sorts critical before warning even when given out of order, keeping each group's order", () => {
    const flags: TaggedFlag[] = [
      { id: 1, severity: "info" },
      { id: 2, severity: "warning" },
      { id: 3, severity: "critical" },
      { id: 4, severity: "warning" },
      { id: 5, severity: "info" },
      { id: 6, severity: "critical" },
    ];
    const summary = summariseFlags(flags);
    expect(summary.decisionFlags.map((flag) => flag.id)).toEqual([3, 6, 2, 4]);
    expect(summary.counsellingFlags.map((flag) => flag.id)).toEqual([1, 5]);
    expect(summary.counts).toEqual({ critical: 2, warning: 2 });
  });

  it("keeps the flags it is given whole (a stored flag's id and fields pass through)", () => {
    const stored: (Flag & { id: string })[] = assess(LOW_RISK, { on: "2026-11-25" }).flags.map(
      (flag, index) => ({ ...flag, id: `flag-${index}` }),
    );
    expect(summariseFlags(stored).counsellingFlags).toEqual(stored);
  });

  it("puts every flag in exactly one group", () => {
    fc.assert(
      fc.property(flagsArbitrary, (flags) => {
        const { decisionFlags, counsellingFlags } = summariseFlags(flags);
        const placed = [...decisionFlags, ...counsellingFlags].map((flag) => flag.id).sort((a, b) => a - b);
        expect(placed).toEqual(flags.map((flag) => flag.id));
        for (const flag of decisionFlags) expect(needsDecision(flag.severity)).toBe(true);
        for (const flag of counsellingFlags) expect(flag.severity).toBe("info");
      }),
    );
  });

  it("counts exactly the critical and warning flags it lists", () => {
    fc.assert(
      fc.property(flagsArbitrary, (flags) => {
        const { counts, decisionFlags } = summariseFlags(flags);
        const count = (severity: Severity) => flags.filter((flag) => flag.severity === severity).length;
        expect(counts).toEqual({ critical: count("critical"), warning: count("warning") });
        expect(decisionFlags).toHaveLength(counts.critical + counts.warning);
      }),
    );
  });

  it("lists critical before warning, and keeps the given order within a severity", () => {
    fc.assert(
      fc.property(flagsArbitrary, (flags) => {
        const { decisionFlags, counsellingFlags } = summariseFlags(flags);
        const severities = decisionFlags.map((flag) => flag.severity);
        expect(severities).toEqual([...severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b)));
        for (const group of [decisionFlags.filter((f) => f.severity === "critical"), decisionFlags.filter((f) => f.severity === "warning"), counsellingFlags]) {
          const ids = group.map((flag) => flag.id);
          expect(ids).toEqual([...ids].sort((a, b) => a - b));
        }
      }),
    );
  });

  it("does not change the list it is given", () => {
    fc.assert(
      fc.property(flagsArbitrary, (flags) => {
        const before = structuredClone(flags);
        summariseFlags(flags);
        expect(flags).toEqual(before);
      }),
    );
  });
});
