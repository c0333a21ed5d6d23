import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { SOURCE_QUOTES } from "@/lib/rules/source-quotes";
import { quoteAnchor, quoteHref } from "@/lib/source/quote-anchors";

/** Safe as an HTML id, a URL fragment and a CSS selector without escaping. */
const PLAIN_ID = /^q-[a-z0-9]+(-[a-z0-9]+)*$/;

describe("quoteAnchor", () => {
  it("reads as the quote's first words and ends in a hash of the whole", () => {
    expect(quoteAnchor("Ketamine can cause an increase in blood pressure and heart rate.")).toMatch(
      /^q-ketamine-can-cause-an-increase-[0-9a-f]{8}$/,
    );
  });

  it("gives every quote of the rules its own anchor", () => {
    const quotes = Object.values(SOURCE_QUOTES);
    expect(new Set(quotes.map(quoteAnchor)).size).toBe(quotes.length);
  });

  it("separates quotes that share their first words", () => {
    expect(quoteAnchor("Ketamine can cause users to feel disconnected")).not.toBe(
      quoteAnchor("Ketamine can cause users to feel confused"),
    );
  });

  it("keeps the document's typographic apostrophe out of the id", () => {
    expect(quoteAnchor(SOURCE_QUOTES.preTreatmentDiscussion)).toMatch(/^q-it-s-important-to-be-[0-9a-f]{8}$/);
  });

  it("links to the source page", () => {
    expect(quoteHref("Some people may experience anxiety after taking ketamine.")).toBe(
      `/source#${quoteAnchor("Some people may experience anxiety after taking ketamine.")}`,
    );
  });

  it("is stable, plain, and blind to how the quote is wrapped", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (quote) => {
        const anchor = quoteAnchor(quote);
        expect(anchor).toMatch(PLAIN_ID);
        expect(quoteAnchor(quote)).toBe(anchor);
        expect(quoteAnchor(`  ${quote.replace(/ /g, "\n ")}\t`)).toBe(anchor);
      }),
    );
  });

  it("gives distinct quotes distinct anchors", () => {
    // A 32-bit hash could in principle collide; for a handful of strings per run the chance is about 1 in 10^8.
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 80 }).map((s) => s.replace(/\s+/g, " ").trim()), { maxLength: 20 }), (quotes) => {
        const distinct = [...new Set(quotes)];
        expect(new Set(distinct.map(quoteAnchor)).size).toBe(distinct.length);
      }),
    );
  });
});
