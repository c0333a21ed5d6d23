import { describe, expect, it } from "vitest";

import { answeredTotal } from "@/lib/scoring/answered-total";

describe("answeredTotal (the form's running total)", () => {
  it.each([
    { items: [], expected: { answered: 0, total: 0 } },
    { items: [undefined, null, undefined], expected: { answered: 0, total: 0 } },
    { items: [0, undefined, 2, null, 3], expected: { answered: 3, total: 5 } },
    { items: [1, Number.NaN, 1], expected: { answered: 2, total: 2 } },
    { items: [3, 3, 3, 3, 3, 3, 3, 3, 3], expected: { answered: 9, total: 27 } },
  ])("$items → $expected", ({ items, expected }) => {
    expect(answeredTotal(items)).toEqual(expected);
  });

  it("counts an answered 0 as answered", () => {
    expect(answeredTotal([0, 0]).answered).toBe(2);
  });
});
