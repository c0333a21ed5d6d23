/**
 * The source document as the /source page shows it: a title, then paragraphs and the bullet list, each cut into
 * sentences, with every sentence some rule quotes marked by its anchor (quote-anchors.ts). Pure: it takes the
 * clinical paragraphs (source-document.ts, helpline advert already removed) and the quotes to mark, so it never
 * sees the advert and knows nothing of the rules.
 */
import { quoteAnchor } from "./quote-anchors";

/** A stretch of a sentence: plain text, or the exact words a rule quotes. */
export type TextRun =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "quote"; readonly text: string; readonly anchor: string };

/** One sentence as runs in order; their texts joined give the sentence back, character for character. */
export type Sentence = readonly TextRun[];

/** A bullet of the document's list: its heading ("Increased blood pressure") and the sentences after it. */
export interface ListItem {
  /** `null` when the bullet has no heading of its own (see `splitListItem`). */
  readonly heading: string | null;
  readonly sentences: readonly Sentence[];
}

export type DocumentBlock =
  | { readonly kind: "paragraph"; readonly id: string; readonly sentences: readonly Sentence[] }
  | { readonly kind: "list"; readonly id: string; readonly items: readonly ListItem[] };

export interface DocumentStructure {
  readonly title: string;
  readonly blocks: readonly DocumentBlock[];
  /**
   * Quotes asked for but not marked: not found verbatim within one sentence, or overlapping a quote marked first.
   * Empty when the rules and the document agree, which a unit test checks; the page still renders otherwise.
   */
  readonly unlocatedQuotes: readonly string[];
}

const BULLET = /^[•*-]\s*/;

/**
 * The document's list lost the line break (or bold) between each bullet's heading and its sentence when it was
 * copied: "• High blood pressure and heart rate Ketamine can cause an increase…". Headings are in sentence
 * case, so the first capitalised word after the heading's first word starts the sentence. A heading holding a
 * proper noun would be cut short; the unit test pins the document's seven headings.
 */
export function splitListItem(line: string): { heading: string | null; text: string } {
  const words = line.replace(BULLET, "").trim().split(/\s+/);
  const sentenceStart = words.findIndex((word, index) => index > 0 && /^[A-Z]/.test(word));
  if (sentenceStart < 0) return { heading: null, text: words.join(" ") };
  return { heading: words.slice(0, sentenceStart).join(" "), text: words.slice(sentenceStart).join(" ") };
}

/** Sentences end at ".", "!" or "?" before white space; the document has no abbreviations that would fool this. */
export function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence !== "");
}

interface Match {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts one sentence into runs, marking the quotes still `pending` that it holds (each quote once in the whole
 * document: an id must be unique on the page) and removing them from `pending`. Overlapping quotes cannot both be
 * marked: the earlier (then the longer) wins and the other stays pending.
 */
function sentenceRuns(sentence: string, pending: Set<string>): Sentence {
  const matches: Match[] = [];
  for (const quote of pending) {
    const start = sentence.indexOf(quote);
    if (start >= 0) matches.push({ quote, start, end: start + quote.length });
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);

  const runs: TextRun[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor) continue;
    if (match.start > cursor) runs.push({ kind: "text", text: sentence.slice(cursor, match.start) });
    runs.push({ kind: "quote", text: match.quote, anchor: quoteAnchor(match.quote) });
    pending.delete(match.quote);
    cursor = match.end;
  }
  if (cursor < sentence.length) runs.push({ kind: "text", text: sentence.slice(cursor) });
  return runs;
}

/**
 * The document's title (its first paragraph) and blocks. Blocks keep the ids the page has always used
 * (`paragraph-N`, counting the title as 1), so links made before quotes had anchors still land.
 */
export function structureDocument(paragraphs: readonly string[], quotes: Iterable<string>): DocumentStructure {
  const [title = "", ...body] = paragraphs;
  const pending = new Set(quotes);
  const sentencesOf = (text: string) => splitSentences(text).map((sentence) => sentenceRuns(sentence, pending));

  const blocks = body.map((paragraph, index): DocumentBlock => {
    const id = `paragraph-${index + 2}`;
    const lines = paragraph.split("\n");
    if (lines.every((line) => BULLET.test(line))) {
      const items = lines.map((line): ListItem => {
        const { heading, text } = splitListItem(line);
        return { heading, sentences: sentencesOf(text) };
      });
      return { kind: "list", id, items };
    }
    return { kind: "paragraph", id, sentences: sentencesOf(paragraph) };
  });
  return { title, blocks, unlocatedQuotes: [...pending] };
}

/** Every sentence of the structure, in document order (for checks and tests). */
export function allSentences(structure: DocumentStructure): Sentence[] {
  return structure.blocks.flatMap((block) =>
    block.kind === "paragraph" ? [...block.sentences] : block.items.flatMap((item) => item.sentences),
  );
}
