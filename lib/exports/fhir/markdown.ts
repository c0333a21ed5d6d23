/**
 * FHIR R4 Annotation.text is markdown: a receiver renders it, so `*`, `_` or `<` in a quoted sentence or a
 * person's name would turn into emphasis or HTML there. Each character CommonMark gives a meaning to inline is
 * backslash-escaped (CommonMark 0.31 §2.4: any ASCII punctuation may be escaped), so the rendered text reads
 * exactly as recorded.
 */
const INLINE_MARKDOWN = /[\\`*_[\]<>#|~!&]/g;

export function markdownText(text: string): string {
  return text.replace(INLINE_MARKDOWN, (character) => `\\${character}`);
}
