import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { GAD7_BAND_LABELS, GAD7_ITEMS, gad7Band, scoreGad7, summariseGad7 } from "@/lib/scoring/gad7";
import { PHQ9_BAND_LABELS, PHQ9_ITEMS, phq9Band, scorePhq9, summarisePhq9 } from "@/lib/scoring/phq9";
import { ITEM_RESPONSE_LABELS } from "@/lib/scoring/questionnaire-items";
import { gad7WithTotal, phq9WithTotal } from "@/tests/support/item-scores";

describe("PHQ-9 bands (Kroenke et al. 2001)", () => {
  it.each([
    [0, "minimal"], [4, "minimal"],
    [5, "mild"], [9, "mild"],
    [10, "moderate"], [14, "moderate"],
    [15, "moderately-severe"], [19, "moderately-severe"],
    [20, "severe"], [27, "severe"],
  ] as const)("total %i is %s", (total, band) => {
    expect(phq9Band(total)).toBe(band);
    expect(scorePhq9(phq9WithTotal(total, Math.min(3, total))).band).toBe(band);
  });

  it.each([-1, 28, 2.5, Number.NaN])("rejects impossible total %s", (total) => {
    expect(() => phq9Band(total)).toThrow(RangeError);
  });

  it("reports item 9 on its own", () => {
    expect(scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 2])).toEqual({ total: 2, band: "minimal", item9: 2 });
    expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3, 0])).toEqual({ total: 24, band: "severe", item9: 0 });
  });

  it("refuses incomplete or out-of-range answers rather than guess", () => {
    expect(() => scorePhq9([1, 1, 1])).toThrow(/9 item scores/);
    expect(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 4])).toThrow(/0 to 3/);
    expect(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 1.5])).toThrow(/0 to 3/);
  });

  it("totals any valid answers to the sum of the items", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (items) => {
        const { total, item9 } = scorePhq9(items);
        expect(total).toBe(items.reduce((a, b) => a + b, 0));
        expect(item9).toBe(items[8]);
      }),
    );
  });

  it("has nine items and a label for every band", () => {
    expect(PHQ9_ITEMS).toHaveLength(9);
    expect(Object.keys(PHQ9_BAND_LABELS)).toHaveLength(5);
    expect(ITEM_RESPONSE_LABELS).toHaveLength(4);
  });
});

describe("GAD-7 bands (Spitzer et al. 2006)", () => {
  it.each([
    [0, "minimal"], [4, "minimal"],
    [5, "mild"], [9, "mild"],
    [10, "moderate"], [14, "moderate"],
    [15, "severe"], [21, "severe"],
  ] as const)("total %i is %s", (total, band) => {
    expect(gad7Band(total)).toBe(band);
    expect(scoreGad7(gad7WithTotal(total))).toEqual({ total, band });
  });

  it.each([-1, 22, 0.5])("rejects impossible total %s", (total) => {
    expect(() => gad7Band(total)).toThrow(RangeError);
  });

  it("refuses incomplete answers", () => {
    expect(() => scoreGad7([0, 0, 0, 0, 0, 0])).toThrow(/7 item scores/);
  });

  it("has seven items and a label for every band", () => {
    expect(GAD7_ITEMS).toHaveLength(7);
    expect(Object.keys(GAD7_BAND_LABELS)).toEqual(["minimal", "mild", "moderate", "severe"]);
  });
});

describe("partly answered questionnaires", () => {
  it("gives no total or band until every item is answered, and item 9 whenever it is answered", () => {
    expect(summarisePhq9([3, 3, 3, 3, 3, 3, 3, 3, null])).toEqual({ status: "incomplete", answered: 8, item9: null });
    expect(summarisePhq9([null, null, null, null, null, null, null, null, 2])).toEqual({ status: "incomplete", answered: 1, item9: 2 });
    expect(summarisePhq9([1, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual({ status: "complete", total: 9, band: "mild", item9: 1 });
    expect(summariseGad7([3, 3, 3, 3, 3, 3, null])).toEqual({ status: "incomplete", answered: 6 });
    expect(summariseGad7([2, 2, 2, 2, 2, 0, 0])).toEqual({ status: "complete", total: 10, band: "moderate" });
  });
});
