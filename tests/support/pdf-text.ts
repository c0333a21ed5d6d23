/**
 * What a reader's PDF tool gets out of a generated PDF: its text, page by page, and its metadata, read with
 * Mozilla's PDF.js (the pure JavaScript legacy build, which runs in Node 20 without a browser or a canvas).
 * Extraction rebuilds lines from positioned text runs, so tests compare text with runs of white space
 * collapsed (`collapseSpace`): a sentence that wraps onto a second line still reads as one.
 */
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ExtractedPdf {
  /** One string per page; text runs joined, a line end written as "\n". */
  readonly pages: readonly string[];
  /** The document information dictionary (Title, Subject, Producer, …). */
  readonly info: Readonly<Record<string, unknown>>;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    const { info } = await document.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}

/** Runs of white space as one space, trimmed: how a sentence reads whatever the line breaks. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
