/** The markup of "source in context": the marked sentence on /source and the link to it from a flag. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { FlagList } from "@/components/screening-result/flag-list";
import { SourceText } from "@/components/source-document/source-text";
import { quoteCitations, ruleCatalogue, type Flag } from "@/lib/rules";
import { SOURCE_QUOTES } from "@/lib/rules/source-quotes";
import { structureDocument } from "@/lib/source/document-structure";
import { quoteAnchor } from "@/lib/source/quote-anchors";
import { clinicalParagraphs, loadSourceDocument } from "@/lib/source/source-document";

const paragraphs = clinicalParagraphs(loadSourceDocument());
const QUOTE = SOURCE_QUOTES.bloodPressureAndHeartRate;

describe("SourceText", () => {
  const citations = quoteCitations(ruleCatalogue);
  const html = renderToStaticMarkup(
    createElement(SourceText, { blocks: structureDocument(paragraphs, citations.keys()).blocks, citations }),
  );

  it("marks a quoted sentence with its anchor and names the rules quoting it", () => {
    expect(html).toContain(`<mark id="${quoteAnchor(QUOTE)}"`);
    expect(html).toMatch(new RegExp(`${QUOTE.replace(/\./g, "\\.")}</mark><span[^>]*>Quoted by: [^<]*Raised blood pressure before treatment \\(critical, warning\\)`));
  });

  it("puts the note after the whole sentence when a rule quotes only part of it", () => {
    expect(html).toContain(`${SOURCE_QUOTES.limitedLongTermData}</mark>.<span`);
  });

  it("shows a list heading as a heading, apart from its sentence", () => {
    expect(html).toContain(`<h3 class="font-semibold text-slate-900">High blood pressure and heart rate</h3>`);
  });

  it("marks every quote once", () => {
    expect(html.match(/<mark /g)).toHaveLength(citations.size);
  });
});

describe("FlagList's quote link", () => {
  const flag: Flag = {
    ruleId: "baseline-bp-elevated",
    severity: "critical",
    summary: "Blood pressure at or above 140/90.",
    reasons: [],
    source: [{ kind: "document", quote: QUOTE }],
  };
  const render = (document: { title: string; paragraphs: readonly string[] }) =>
    renderToStaticMarkup(createElement(FlagList, { flags: [flag], document }));

  it("keeps the quote and links to its sentence with short text and a name saying which", () => {
    const html = render({ title: paragraphs[0] ?? "", paragraphs });
    expect(html).toContain(`<p>“${QUOTE}”</p>`);
    expect(html).toContain(
      `<a href="/source#${quoteAnchor(QUOTE)}" aria-label="Read in the source document: “${QUOTE}”" class="text-blue-800 underline">Read in the source document</a>`,
    );
  });

  it("links to the page's top when the document no longer holds the quote", () => {
    expect(render({ title: "Old", paragraphs: ["Other text."] })).toContain(`<a href="/source" aria-label=`);
  });
});
