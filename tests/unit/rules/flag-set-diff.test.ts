/**
 * Comparing two flag sets rule by rule (stored vs today's rules, a version vs its amendment, one screening vs the
 * next): examples, then properties over arbitrary sets.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { diffFlagSets, isEmptyDiff, type FlagKey } from "@/lib/rules/flag-set-diff";
import { ruleCatalogue, SEVERITIES, type RuleId } from "@/lib/rules";

const flag = (ruleId: RuleId, severity: FlagKey["severity"]): FlagKey => ({ ruleId, severity });

const flagSetArbitrary = fc
  .uniqueArray(fc.constantFrom(...ruleCatalogue.map((rule) => rule.id)), { maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom(...SEVERITIES).map((severity) => flag(id, severity)))))
  .map((flags) => [...flags]);

describe("diffFlagSets", () => {
  it("names flags added, removed and moved in severity, most severe first", () => {
    const before = [flag("dizziness", "info"), flag("baseline-bp-elevated", "warning"), flag("pregnancy", "critical")];
    const after = [flag("baseline-bp-elevated", "critical"), flag("dizziness", "info"), flag("anxiety", "info"), flag("arrhythmia", "warning")];
    expect(diffFlagSets(before, after)).toEqual({
      added: [flag("arrhythmia", "warning"), flag("anxiety", "info")],
      removed: [flag("pregnancy", "critical")],
      severityChanged: [{ ruleId: "baseline-bp-elevated", from: "warning", to: "critical" }],
    });
  });

  it("finds nothing between a set and itself, in any order", () => {
    fc.assert(
      fc.property(flagSetArbitrary, (flags) => {
        expect(isEmptyDiff(diffFlagSets(flags, [...flags].reverse()))).toBe(true);
      }),
    );
  });

  it("accounts for every rule of either set exactly once, and reverses when the sets swap", () => {
    fc.assert(
      fc.property(flagSetArbitrary, flagSetArbitrary, (before, after) => {
        const diff = diffFlagSets(before, after);
        const unchanged = after.filter((f) => before.some((b) => b.ruleId === f.ruleId && b.severity === f.severity));
        const touched = [...diff.added.map((f) => f.ruleId), ...diff.removed.map((f) => f.ruleId), ...diff.severityChanged.map((c) => c.ruleId), ...unchanged.map((f) => f.ruleId)];
        const all = new Set([...before, ...after].map((f) => f.ruleId));
        expect(touched.sort()).toEqual([...all].sort());

        const back = diffFlagSets(after, before);
        expect(back.added).toEqual(diff.removed);
        expect(back.removed).toEqual(diff.added);
        expect(back.severityChanged.map((c) => [c.ruleId, c.to, c.from]).sort()).toEqual(
          diff.severityChanged.map((c) => [c.ruleId, c.from, c.to]).sort(),
        );
      }),
    );
  });
});
