/** Every quote a flag can carry must be checkable, word for word, in the project's copy of the document. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { assess, ruleCatalogue } from "@/lib/rules";
import { SOURCE_QUOTES } from "@/lib/rules/source-quotes";
import { clinicalParagraphs, documentParagraphs, isAdvertisingParagraph, loadSourceDocument } from "@/lib/source/source-document";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";

const documentText = loadSourceDocument();
const clinical = clinicalParagraphs(documentText);
const advert = documentParagraphs(documentText).filter(isAdvertisingParagraph);

function isVerbatimClinicalQuote(quote: string): boolean {
  return (
    documentText.includes(quote) &&
    clinical.some((paragraph) => paragraph.includes(quote)) &&
    !advert.some((paragraph) => paragraph.includes(quote))
  );
}

describe("source quotes", () => {
  it.each(Object.entries(SOURCE_QUOTES))("%s is verbatim in the document, outside the helpline advert", (_key, quote) => {
    expect(isVerbatimClinicalQuote(quote)).toBe(true);
  });

  it("keeps the document's typographic apostrophes", () => {
    expect(SOURCE_QUOTES.preTreatmentDiscussion).toContain("it’s");
    expect(SOURCE_QUOTES.preTreatmentDiscussion).not.toContain("'");
  });

  it("finds the helpline advert, so the check above is not vacuous", () => {
    expect(advert).toHaveLength(1);
    expect(advert[0]).toContain("helpline");
  });

  it("every document source in the catalogue is one of the checked quotes", () => {
    const quotes = new Set<string>(Object.values(SOURCE_QUOTES));
    for (const rule of ruleCatalogue) {
      for (const source of Object.values(rule.levels).flatMap((level) => level.sources)) {
        if (source.kind === "document") expect(quotes.has(source.quote)).toBe(true);
        else expect(source.citation.length).toBeGreaterThan(20);
      }
    }
  });

  it("every quote on every flag of generated screenings is verbatim and not advertising", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        for (const flag of assess(input).flags) {
          for (const source of flag.source) {
            if (source.kind === "document") expect(isVerbatimClinicalQuote(source.quote)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
