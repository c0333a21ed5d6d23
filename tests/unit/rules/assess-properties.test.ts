/**
 * Properties of `assess` over generated valid screenings (fast-check). Runs are seeded by fast-check per run;
 * a failure prints the seed and the shrunk counterexample to replay.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { assess, ruleCatalogue, SEVERITIES, type Assessment, type RuleId, type Severity } from "@/lib/rules";
import { screeningInputSchema } from "@/lib/screening/schema";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";
import { worseningArbitrary } from "@/tests/support/screening-worsening";
import { ALWAYS_PRESENT_RULES } from "@/tests/support/always-present-rules";

/** Higher is more severe; an absent flag ranks below info. */
function severityRank(severity: Severity | undefined): number {
  return severity === undefined ? 0 : SEVERITIES.length - SEVERITIES.indexOf(severity);
}

function severityByRule(assessment: Assessment): Map<RuleId, Severity> {
  return new Map(assessment.flags.map((flag) => [flag.ruleId, flag.severity]));
}

describe("assess over generated valid screenings", () => {
  it("generates only inputs the schema accepts", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const parsed = screeningInputSchema.safeParse(input);
        expect(parsed.error?.issues).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input gives an equal assessment", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        expect(assess(structuredClone(input))).toEqual(assess(input));
      }),
    );
  });

  it("does not change its input", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const before = structuredClone(input);
        assess(input);
        expect(input).toEqual(before);
      }),
    );
  });

  it("always raises the nine always-present flags, so no patient is ever cleared", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const ids = assess(input).flags.map((flag) => flag.ruleId);
        expect(ids).toEqual(expect.arrayContaining([...ALWAYS_PRESENT_RULES]));
      }),
    );
  });

  it("sorts flags critical, warning, info, in catalogue order within a severity, one per rule", () => {
    const position = new Map(ruleCatalogue.map((rule, index) => [rule.id, index]));
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const flags = assess(input).flags;
        const keys = flags.map((flag) => SEVERITIES.indexOf(flag.severity) * 100 + (position.get(flag.ruleId) ?? -1));
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
        expect(new Set(flags.map((flag) => flag.ruleId)).size).toBe(flags.length);
      }),
    );
  });

  it("raises only declared severities, with reasons and the sources of the level raised", () => {
    const byId = new Map(ruleCatalogue.map((rule) => [rule.id, rule]));
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        for (const flag of assess(input).flags) {
          const rule = byId.get(flag.ruleId);
          expect(rule?.severities).toContain(flag.severity);
          expect(flag.summary).toBe(rule?.levels[flag.severity]?.summary);
          expect(flag.source).toEqual(rule?.levels[flag.severity]?.sources);
          expect(flag.reasons.length).toBeGreaterThan(0);
          for (const reason of flag.reasons) expect(reason.trim()).not.toBe("");
        }
      }),
    );
  });

  it("never lowers any rule's severity when a single fact gets worse", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, worseningArbitrary, (input, worsening) => {
        const worse = worsening.apply(input);
        fc.pre(worse !== null);
        expect(screeningInputSchema.safeParse(worse).success).toBe(true);
        const before = severityByRule(assess(input));
        const after = severityByRule(assess(worse));
        for (const rule of ruleCatalogue) {
          const was = before.get(rule.id);
          const now = after.get(rule.id);
          if (severityRank(now) < severityRank(was)) {
            expect.fail(`${worsening.description} lowered ${rule.id} from ${was} to ${now ?? "absent"}`);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reaches every rule at each of its declared severities", () => {
    const reached = new Set<string>();
    const samples = fc.sample(screeningInputArbitrary, { numRuns: 4000, seed: 20261125 });
    for (const input of samples) {
      for (const flag of assess(input).flags) reached.add(`${flag.ruleId}:${flag.severity}`);
    }
    const declared = ruleCatalogue.flatMap((rule) => rule.severities.map((severity) => `${rule.id}:${severity}`));
    expect(declared.filter((pair) => !reached.has(pair))).toEqual([]);
  });
});
