/**
 * What a reader's PDF tool gets out of a generated PDF: its text, page by page, and its metadata, read with
 * Mozilla's PDF.js (the pure JavaScript legacy build, which runs in Node 20 without a browser; a canvas is only
 * needed to draw pages, which this does not do).
 *
 * Each page's text is also split by position: what lies within `edge` points of the top or bottom of the page
 * (a running header, a footer with page numbers) apart from the body between, so that a test can check the
 * footer of every page and read a sentence that runs over a page break without the footer in its middle.
 * Extraction rebuilds lines from positioned runs of text: compare with white space collapsed (`collapseSpace`).
 */
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ExtractedPage {
  /** Text drawn within `edge` points of the page's top edge. */
  readonly top: string;
  readonly body: string;
  /** Text drawn within `edge` points of the page's bottom edge. */
  readonly bottom: string;
}

export interface ExtractedPdf {
  readonly pages: readonly ExtractedPage[];
  /** Every page's body, in order: the document's running text without its page furniture. */
  readonly body: string;
  /** The document information dictionary (Title, Subject, Author, Producer, …). */
  readonly info: Readonly<Record<string, unknown>>;
}

export async function extractPdf(bytes: Uint8Array, { edge = 45 }: { edge?: number } = {}): Promise<ExtractedPdf> {
  // PDF.js detaches the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  try {
    const pages: ExtractedPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, bottomEdge, , topEdge] = page.view as [number, number, number, number];
      const parts = { top: "", body: "", bottom: "" };
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item)) continue;
        // transform[5] is the baseline's distance from the page's bottom edge, in points.
        const y = item.transform[5] as number;
        const part = y > topEdge - edge ? "top" : y < bottomEdge + edge ? "bottom" : "body";
        parts[part] += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(parts);
    }
    const { info } = await document.getMetadata();
    return { pages, body: pages.map((page) => page.body).join("\n"), info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}

/** Runs of white space as one space, trimmed: how a sentence reads whatever its line breaks. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
