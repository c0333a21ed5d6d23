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
  /** Width and height in points (A4 is 595.28 × 841.89). */
  readonly size: readonly [number, number];
  /** Text drawn within `edge` points of the page's top edge. */
  readonly top: string;
  readonly body: string;
  /** Text drawn within `edge` points of the page's bottom edge. */
  readonly bottom: string;
  /** The size in points of the smallest text in the body and at the bottom (a footer), Infinity when none. */
  readonly smallestText: { readonly body: number; readonly bottom: number };
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
      const [left, bottomEdge, right, topEdge] = page.view as [number, number, number, number];
      const parts = { top: "", body: "", bottom: "" };
      const smallestText = { body: Infinity, bottom: Infinity };
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item)) continue;
        // transform is the text matrix: [5] the baseline's height above the page's bottom edge, [0]/[1] the
        // horizontal scale, which is the font size in points for unrotated text.
        const y = item.transform[5] as number;
        const part = y > topEdge - edge ? "top" : y < bottomEdge + edge ? "bottom" : "body";
        parts[part] += item.str + (item.hasEOL ? "\n" : "");
        if (part !== "top" && item.str.trim() !== "") {
          smallestText[part] = Math.min(smallestText[part], Math.hypot(item.transform[0] as number, item.transform[1] as number));
        }
      }
      pages.push({ size: [right - left, topEdge - bottomEdge], ...parts, smallestText });
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
