/**
 * The patient page's pure parts: questionnaire totals that are never guessed, band lines read from the scoring
 * module, one visit per amendment chain, and flag changes from one visit to the next.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  chartableTotal,
  flagChanges,
  GAD7_BAND_LINES,
  gad7Total,
  PHQ9_BAND_LINES,
  phq9Total,
  ruleTitle,
  visitsOf,
  type VersionedScreening,
} from "@/lib/patients/history";
import type { FlagKey } from "@/lib/rules/flag-set-diff";
import { ruleCatalogue, type RuleId } from "@/lib/rules";
import { gad7Band } from "@/lib/scoring/gad7";
import { phq9Band } from "@/lib/scoring/phq9";

describe("questionnaire totals", () => {
  it.each([
    ["not asked", undefined, { status: "not-recorded" }],
    ["all nine answered", [1, 1, 1, 1, 1, 1, 1, 1, 1], { status: "complete", total: 9 }],
    ["all zero", [0, 0, 0, 0, 0, 0, 0, 0, 0], { status: "complete", total: 0 }],
    ["one unanswered", [3, 3, 3, 3, 3, 3, 3, 3, null], { status: "incomplete", answered: 8, itemCount: 9 }],
    ["none answered", [null, null, null, null, null, null, null, null, null], { status: "incomplete", answered: 0, itemCount: 9 }],
  ] as const)("PHQ-9 %s", (_, items, expected) => {
    expect(phq9Total(items)).toEqual(expected);
  });

  it.each([
    ["not asked", undefined, { status: "not-recorded" }],
    ["all seven answered", [2, 2, 2, 2, 2, 0, 0], { status: "complete", total: 10 }],
    ["one unanswered", [3, 3, 3, 3, 3, 3, null], { status: "incomplete", answered: 6, itemCount: 7 }],
  ] as const)("GAD-7 %s", (_, items, expected) => {
    expect(gad7Total(items)).toEqual(expected);
  });

  it("charts only a complete total: a partial sum is a gap, never a point", () => {
    expect(chartableTotal({ status: "complete", total: 0 })).toBe(0);
    expect(chartableTotal({ status: "complete", total: 27 })).toBe(27);
    expect(chartableTotal({ status: "incomplete", answered: 8, itemCount: 9 })).toBeNull();
    expect(chartableTotal({ status: "not-recorded" })).toBeNull();
  });
});

describe("band lines", () => {
  it("are the scoring module's band floors, lowest first", () => {
    expect(PHQ9_BAND_LINES).toEqual([
      { value: 5, label: "Mild" },
      { value: 10, label: "Moderate" },
      { value: 15, label: "Moderately severe" },
      { value: 20, label: "Severe" },
    ]);
    expect(GAD7_BAND_LINES).toEqual([
      { value: 5, label: "Mild" },
      { value: 10, label: "Moderate" },
      { value: 15, label: "Severe" },
    ]);
  });

  it("each line is where its band begins: the total below it is in another band", () => {
    for (const line of PHQ9_BAND_LINES) {
      expect(phq9Band(line.value)).not.toBe(phq9Band(line.value - 1));
    }
    for (const line of GAD7_BAND_LINES) {
      expect(gad7Band(line.value)).not.toBe(gad7Band(line.value - 1));
    }
  });
});

interface TestScreening extends VersionedScreening {
  readonly flags: readonly FlagKey[];
}

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 9));
const flag = (ruleId: RuleId, severity: FlagKey["severity"]): FlagKey => ({ ruleId, severity });

function screening(id: string, day: number, extra: Partial<TestScreening> = {}): TestScreening {
  return { id, createdAt: at(day), amendsId: null, replacedById: null, flags: [], ...extra };
}

describe("visits", () => {
  it("are the screenings themselves when none was amended, oldest first", () => {
    const screenings = [screening("a", 1), screening("b", 5), screening("c", 9)];
    expect(visitsOf(screenings)).toEqual([
      { screening: screenings[0], visitedAt: at(1), amendments: 0 },
      { screening: screenings[1], visitedAt: at(5), amendments: 0 },
      { screening: screenings[2], visitedAt: at(9), amendments: 0 },
    ]);
  });

  it("carry the latest version of an amendment chain, dated when the visit was first recorded", () => {
    // Visit on day 1 amended on day 6 and again on day 12; another visit on day 4 in between.
    const v1 = screening("a1", 1, { replacedById: "a2" });
    const other = screening("b", 4);
    const v2 = screening("a2", 6, { amendsId: "a1", replacedById: "a3" });
    const v3 = screening("a3", 12, { amendsId: "a2" });
    const visits = visitsOf([v1, other, v2, v3]);
    expect(visits.map((visit) => [visit.screening.id, visit.visitedAt, visit.amendments])).toEqual([
      ["a3", at(1), 2],
      ["b", at(4), 0],
    ]);
  });

  it("order visits recorded at the same instant by id, as the list does", () => {
    const visits = visitsOf([screening("z", 3), screening("m", 3)]);
    expect(visits.map((visit) => visit.screening.id)).toEqual(["m", "z"]);
  });

  it("survive a chain whose earlier version is missing, and a corrupt cycle", () => {
    expect(visitsOf([screening("a2", 6, { amendsId: "gone" })]).map((visit) => [visit.visitedAt, visit.amendments])).toEqual([[at(6), 0]]);
    const cycle = [screening("x", 1, { amendsId: "y" }), screening("y", 2, { amendsId: "x" })];
    expect(visitsOf(cycle)).toHaveLength(2);
  });

  it("one per screening that nothing replaced, whatever the chains", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 8 }), (chainLengths) => {
        const screenings: TestScreening[] = [];
        chainLengths.forEach((length, chain) => {
          for (let version = 1; version <= length; version += 1) {
            screenings.push(
              screening(`c${chain}v${version}`, chain * 10 + version, {
                amendsId: version > 1 ? `c${chain}v${version - 1}` : null,
                replacedById: version < length ? `c${chain}v${version + 1}` : null,
              }),
            );
          }
        });
        const visits = visitsOf(screenings);
        expect(visits.map((visit) => visit.screening.id)).toEqual(chainLengths.map((length, chain) => `c${chain}v${length}`));
        expect(visits.map((visit) => visit.visitedAt)).toEqual(chainLengths.map((_, chain) => at(chain * 10 + 1)));
        expect(visits.map((visit) => visit.amendments)).toEqual(chainLengths.map((length) => length - 1));
      }),
    );
  });
});

describe("flag changes", () => {
  it("none for a single visit", () => {
    expect(flagChanges(visitsOf([screening("a", 1, { flags: [flag("dizziness", "info")] })]))).toEqual([]);
  });

  it("compare each visit with the one before, through diffFlagSets", () => {
    const first = screening("a", 1, { flags: [flag("baseline-bp-elevated", "warning"), flag("dizziness", "info")] });
    const second = screening("b", 2, { flags: [flag("baseline-bp-elevated", "critical"), flag("dizziness", "info"), flag("arrhythmia", "warning")] });
    const third = screening("c", 3, { flags: [flag("dizziness", "info")] });
    const changes = flagChanges(visitsOf([first, second, third]));
    expect(changes.map((change) => [change.from.screening.id, change.to.screening.id, change.diff])).toEqual([
      [
        "a",
        "b",
        {
          added: [flag("arrhythmia", "warning")],
          removed: [],
          severityChanged: [{ ruleId: "baseline-bp-elevated", from: "warning", to: "critical" }],
        },
      ],
      ["b", "c", { added: [], removed: [flag("baseline-bp-elevated", "critical"), flag("arrhythmia", "warning")], severityChanged: [] }],
    ]);
  });

  it("skip replaced versions: a visit is compared with its correction nowhere here", () => {
    const v1 = screening("a1", 1, { replacedById: "a2", flags: [flag("pregnancy", "critical")] });
    const v2 = screening("a2", 3, { amendsId: "a1", flags: [] });
    const later = screening("b", 5, { flags: [flag("dizziness", "info")] });
    const changes = flagChanges(visitsOf([v1, v2, later]));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.from.screening.id).toBe("a2");
    expect(changes[0]?.diff.added).toEqual([flag("dizziness", "info")]);
    expect(changes[0]?.diff.removed).toEqual([]);
  });
});

describe("rule titles", () => {
  it("name a flag by its rule's title, and a retired rule by its id", () => {
    expect(ruleTitle("pregnancy")).toBe(ruleCatalogue.find((rule) => rule.id === "pregnancy")?.title);
    expect(ruleTitle("pregnancy")).not.toBe("pregnancy");
    expect(ruleTitle("a-rule-long-gone")).toBe("a-rule-long-gone");
  });
});
