/**
 * The project's copy of the source document the rules quote. Reads the file system, so import it only from
 * server code, scripts and tests, never from a client component.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Resolved from the working directory, which is the project root under vitest, the npm scripts and
 * `next start` / `next dev`. (`import.meta.url` is not used: Next.js rewrites it when it bundles server code.)
 * A standalone deployment must ship this file next to the server, e.g. via `outputFileTracingIncludes`.
 */
export const SOURCE_DOCUMENT_FILE = path.join(process.cwd(), "lib", "source", "ketamine-side-effects.txt");

export function loadSourceDocument(): string {
  return readFileSync(SOURCE_DOCUMENT_FILE, "utf8");
}

/**
 * The document's one advertising paragraph (a treatment-centre helpline). It is not clinical content: the app
 * neither shows nor quotes it. Recognised by its call to action and phone number rather than by position, so
 * a re-copied document with moved paragraphs is still filtered.
 */
export function isAdvertisingParagraph(paragraph: string): boolean {
  return /\bhelpline\b/i.test(paragraph) || /\b1-8\d{2}-\d{3}-\d{4}\b/.test(paragraph);
}

/** Paragraphs are separated by blank lines; lines within one (the bullet list) are kept, with edges trimmed. */
export function documentParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .join("\n"),
    )
    .filter((paragraph) => paragraph !== "");
}

/** The paragraphs to display: the whole document except the helpline advert, in order. */
export function clinicalParagraphs(text: string): string[] {
  return documentParagraphs(text).filter((paragraph) => !isAdvertisingParagraph(paragraph));
}

/** The document's own title (its first clinical paragraph), as every citation of it names it. */
export function sourceDocumentTitle(paragraphs: readonly string[] = clinicalParagraphs(loadSourceDocument())): string {
  return paragraphs[0] ?? "Source document";
}
