/**
 * The document as /source shows it: list headings apart from their sentences, and every quote of every rule
 * located exactly once, verbatim, inside one sentence, and never in the helpline advert.
 */
import { describe, expect, it } from "vitest";

import { ruleCatalogue } from "@/lib/rules";
import { quoteCitations } from "@/lib/rules/quote-citations";
import {
  allSentences,
  splitListItem,
  splitSentences,
  structureDocument,
  type DocumentStructure,
  type Sentence,
} from "@/lib/source/document-structure";
import { quoteAnchor } from "@/lib/source/quote-anchors";
import { clinicalParagraphs, documentParagraphs, isAdvertisingParagraph, loadSourceDocument } from "@/lib/source/source-document";
import { SOURCE_LIST_HEADINGS } from "@/tests/support/source-list-headings";

const text = loadSourceDocument();
const quotes = [...quoteCitations(ruleCatalogue).keys()];
const structure = structureDocument(clinicalParagraphs(text), quotes);

const sentenceText = (sentence: Sentence) => sentence.map((run) => run.text).join("");
const quoteRuns = (doc: DocumentStructure) =>
  allSentences(doc).flatMap((sentence) => sentence.flatMap((run) => (run.kind === "quote" ? [run] : [])));

/** Non-overlapping occurrences of `needle` in `haystack`. */
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("splitListItem", () => {
  it.each([
    ["• Dissociation Ketamine can cause users", "Dissociation", "Ketamine can cause users"],
    ["• High blood pressure and heart rate Ketamine can", "High blood pressure and heart rate", "Ketamine can"],
    ["• Nausea and vomiting Nausea and vomiting are common", "Nausea and vomiting", "Nausea and vomiting are common"],
    ["- Anxiety Some people", "Anxiety", "Some people"],
  ])("%s", (line, heading, rest) => {
    expect(splitListItem(line)).toEqual({ heading, text: rest });
  });

  it("keeps a bullet with no capitalised sentence start as text without a heading", () => {
    expect(splitListItem("• just some words.")).toEqual({ heading: null, text: "just some words." });
  });
});

describe("splitSentences", () => {
  it("splits after . ! ? followed by white space, keeping the punctuation", () => {
    expect(splitSentences("One. Two!\nthree? Four 1.5 mg")).toEqual(["One.", "Two!", "three?", "Four 1.5 mg"]);
  });
});

describe("structureDocument on the project's document", () => {
  it("takes the title from the first paragraph and shows the list headings apart", () => {
    expect(structure.title).toBe("Are There Any Lasting Side Effects Of Taking Ketamine Treatment?");
    const list = structure.blocks.find((block) => block.kind === "list");
    expect(list?.kind === "list" && list.items.map((item) => item.heading)).toEqual([...SOURCE_LIST_HEADINGS]);
    expect(list?.kind === "list" && list.items.map((item) => sentenceText(item.sentences[0] ?? [])).at(2)).toBe(
      "Ketamine can cause an increase in blood pressure and heart rate.",
    );
  });

  it("keeps the paragraph ids the page always had (the title is paragraph-1)", () => {
    expect(structure.blocks.map((block) => block.id)).toEqual(
      clinicalParagraphs(text)
        .slice(1)
        .map((_, index) => `paragraph-${index + 2}`),
    );
  });

  it("loses no text: sentences joined give the clinical paragraphs back", () => {
    const shown = structure.blocks.map((block) =>
      block.kind === "paragraph"
        ? block.sentences.map(sentenceText).join(" ")
        : block.items.map((item) => [item.heading, ...item.sentences.map(sentenceText)].join(" ")).join("\n"),
    );
    const expected = clinicalParagraphs(text)
      .slice(1)
      .map((paragraph) => paragraph.split("\n").map((line) => line.replace(/^•\s*/, "").replace(/\s+/g, " ")).join("\n"));
    expect(shown).toEqual(expected);
  });

  it("locates every quote of every rule exactly once, verbatim, within one sentence", () => {
    expect(structure.unlocatedQuotes).toEqual([]);
    const runs = quoteRuns(structure);
    expect(runs.map((run) => run.text).sort()).toEqual([...quotes].sort());
    for (const run of runs) expect(run.anchor).toBe(quoteAnchor(run.text));
    const clinicalText = clinicalParagraphs(text).join("\n");
    for (const quote of quotes) expect(occurrences(clinicalText, quote), quote).toBe(1);
  });

  it("never points into the helpline advert, which it does not contain", () => {
    const advert = documentParagraphs(text).filter(isAdvertisingParagraph);
    expect(advert).toHaveLength(1);
    for (const quote of quotes) expect(advert[0]).not.toContain(quote);
    expect(allSentences(structure).map(sentenceText).join(" ")).not.toMatch(/helpline|1-888/);
  });

  it("gives each anchor to one place on the page", () => {
    const anchors = quoteRuns(structure).map((run) => run.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe("structureDocument edge cases", () => {
  it("marks a quote at its first occurrence only, and reports quotes it cannot find", () => {
    const doc = structureDocument(["Title", "Alpha beta. Alpha beta."], ["Alpha beta.", "Missing."]);
    expect(quoteRuns(doc).map((run) => run.text)).toEqual(["Alpha beta."]);
    expect(doc.unlocatedQuotes).toEqual(["Missing."]);
  });

  it("marks the earlier of two overlapping quotes and reports the other", () => {
    const doc = structureDocument(["Title", "One two three four."], ["two three", "three four"]);
    expect(allSentences(doc)).toEqual([
      [
        { kind: "text", text: "One " },
        { kind: "quote", text: "two three", anchor: quoteAnchor("two three") },
        { kind: "text", text: " four." },
      ],
    ]);
    expect(doc.unlocatedQuotes).toEqual(["three four"]);
  });

  it("does not find a quote that spans two sentences", () => {
    expect(structureDocument(["Title", "End one. Start two."], ["one. Start"]).unlocatedQuotes).toEqual(["one. Start"]);
  });
});
