/**
 * The source document's body as structured by lib/source/document-structure.ts: list headings as headings, and
 * each sentence a rule quotes marked, with its anchor and a note naming the rules that quote it. Following a
 * flag's link (`/source#q-…`) makes that mark the page's `:target`: CSS alone highlights it and keeps some text
 * above it in view (scroll-margin), so no script is needed under the app's Content Security Policy.
 */
import { mergeCitations, type QuoteCitation } from "@/lib/rules/quote-citations";
import type { DocumentBlock, Sentence, TextRun } from "@/lib/source/document-structure";

export type CitationsByQuote = ReadonlyMap<string, readonly QuoteCitation[]>;

/** "Raised blood pressure before treatment (critical, warning); Fast heart rate before treatment (warning)". */
function citationText(citations: readonly QuoteCitation[]): string {
  return citations.map((citation) => `${citation.title} (${citation.severities.join(", ")})`).join("; ");
}

function Run({ run }: { run: TextRun }) {
  if (run.kind === "text") return run.text;
  return (
    <mark
      id={run.anchor}
      className="scroll-mt-24 rounded-sm bg-amber-100 px-0.5 text-slate-900 box-decoration-clone target:bg-yellow-300 target:outline-2 target:outline-offset-2 target:outline-amber-800"
    >
      {run.text}
    </mark>
  );
}

/**
 * One sentence, then (when it holds quotes) which rules quote it. The note follows the whole sentence, not each
 * quote, so a quoted phrase mid-sentence does not cut the sentence in two.
 */
function SentenceView({ sentence, citations }: { sentence: Sentence; citations: CitationsByQuote }) {
  const quotedBy = mergeCitations(sentence.flatMap((run) => (run.kind === "quote" ? [citations.get(run.text) ?? []] : [])));
  return (
    <>
      {sentence.map((run, index) => (
        <Run key={index} run={run} />
      ))}
      {quotedBy.length > 0 && (
        <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-sm text-slate-700 box-decoration-clone">
          Quoted by: {citationText(quotedBy)}
        </span>
      )}
    </>
  );
}

/** Sentences of one paragraph, separated by a space as in the document. */
function Sentences({ sentences, citations }: { sentences: readonly Sentence[]; citations: CitationsByQuote }) {
  return sentences.map((sentence, index) => (
    <span key={index}>
      {index > 0 && " "}
      <SentenceView sentence={sentence} citations={citations} />
    </span>
  ));
}

function Block({ block, citations }: { block: DocumentBlock; citations: CitationsByQuote }) {
  if (block.kind === "paragraph") {
    return (
      <p id={block.id} className="leading-relaxed">
        <Sentences sentences={block.sentences} citations={citations} />
      </p>
    );
  }
  // Each bullet is a heading of the document ("Dissociation") with its sentences: h3 under the document's h2.
  return (
    <ul id={block.id} className="space-y-4 border-l-4 border-slate-200 pl-4">
      {block.items.map((item, index) => (
        <li key={index}>
          {item.heading !== null && <h3 className="font-semibold text-slate-900">{item.heading}</h3>}
          <p className="leading-relaxed">
            <Sentences sentences={item.sentences} citations={citations} />
          </p>
        </li>
      ))}
    </ul>
  );
}

export function SourceText({ blocks, citations }: { blocks: readonly DocumentBlock[]; citations: CitationsByQuote }) {
  return blocks.map((block) => <Block key={block.id} block={block} citations={citations} />);
}
