/**
 * Renders a screening summary to PDF bytes on the server (no browser), in the PDF worker thread
 * (screening-pdf.worker.ts) or a test. Every string goes through `winAnsiText`
 * first, because the built-in Helvetica would otherwise print other characters as wrong glyphs, then through
 * `breakLongWords`, so that no word is wider than its line (see lib/exports/pdf-text.ts).
 */
import { Font, renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";

import { breakLongWords, needsCodePoints, winAnsiText } from "@/lib/exports/pdf-text";
import type { ScreeningSummary } from "@/lib/exports/screening-summary";

import { ScreeningPdf } from "./screening-pdf";

// No hyphenation: a hyphen inserted into a drug name, a record number or a patient's name reads as part of it.
// Words wrap at spaces; `breakLongWords` breaks a word too long for any line. (Font settings are global to
// react-pdf; this app renders no other PDF.)
Font.registerHyphenationCallback((word) => [word]);

export const CODE_POINT_NOTICE =
  "Some characters of this record cannot be shown by this PDF's built-in font and are written as their Unicode " +
  "code points in brackets, e.g. [U+0395]. The screening in the app shows them as recorded.";

/** Every string of `value`, at any depth, mapped by `map`; other values kept. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  }
  return value;
}

function anyString(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === "string") return test(value);
  if (Array.isArray(value)) return value.some((item: unknown) => anyString(item, test));
  if (value !== null && typeof value === "object") return Object.values(value).some((item: unknown) => anyString(item, test));
  return false;
}

export async function renderScreeningPdf(summary: ScreeningSummary): Promise<Buffer> {
  const codePointNotice = anyString(summary, needsCodePoints) ? CODE_POINT_NOTICE : null;
  const document = createElement(ScreeningPdf, { summary: mapStrings(summary, (text) => breakLongWords(winAnsiText(text))), codePointNotice });
  // renderToBuffer's type wants a <Document> element; ScreeningPdf returns one.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}
