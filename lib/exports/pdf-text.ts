/**
 * Text as the PDF's built-in Helvetica can show it. The PDF uses only the standard 14 fonts so that nothing is
 * downloaded or embedded; those are written in WinAnsiEncoding (PDF 32000-1:2008, Annex D.2), which holds
 * printable ASCII, Latin-1 and 27 more characters (curly quotes, dashes, €, Œ, Š, …). Any other character
 * was seen to come out as a different glyph: "≥" printed as "e", a Greek name as unrelated Latin-1 symbols.
 * A record that silently shows the wrong name or threshold is worse than one that shows it plainly marked, so:
 *
 * - text is first put in Unicode NFC, so "e" + combining acute becomes "é", which WinAnsi holds;
 * - a few symbols the rules and standards use are spelt out in characters WinAnsi holds, with their meaning
 *   kept ("≥" → ">=", "≤" → "<=", "→" → "->", "−" → "-");
 * - every other character is written as its Unicode code point in brackets, e.g. "[U+0395]": nothing vanishes
 *   and nothing is guessed (no transliteration of a patient's name), and the exact text can be recovered.
 *
 * The PDF says so whenever it wrote a code point (`needsCodePoints`), and the app's own pages show the text as
 * recorded.
 */

/** The characters of WinAnsiEncoding beyond printable ASCII and Latin-1 (its 0x80–0x9F range). */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Spelt out rather than written as a code point: they occur in the rules' own text and keep their meaning. */
const SPELT_OUT: ReadonlyMap<string, string> = new Map([
  ["≥", ">="],
  ["≤", "<="],
  ["→", "->"],
  ["←", "<-"],
  ["−", "-"],
  ["‐", "-"],
  ["‑", "-"],
  ["\u2009", " "],
  ["\u202F", " "],
  ["\t", " "],
]);

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) as number;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char) || char === "\n";
}

const codePoint = (char: string) => `[U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}]`;

/** `text` in characters the built-in fonts show as written; see the module comment for what is replaced. */
export function winAnsiText(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    out += isWinAnsi(char) ? char : (SPELT_OUT.get(char) ?? codePoint(char));
  }
  return out;
}

/** True when `winAnsiText` writes at least one code point for `text` (a spelt-out symbol does not count). */
export function needsCodePoints(text: string): boolean {
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (!isWinAnsi(char) && !SPELT_OUT.has(char)) return true;
  }
  return false;
}

/**
 * The longest run of characters the PDF writes without a break: 28 of Helvetica's widest glyph ("W", 0.944 em)
 * at 10.5 pt take 278 pt, less than the narrowest column that shows recorded text (the value column of a table).
 */
export const MAX_UNBROKEN = 28;

const TOKENS = /\[U\+[0-9A-F]{4,6}\]|[\s\S]/gu;

/**
 * Text whose words longer than `MAX_UNBROKEN` characters carry line breaks, between code-point markers where
 * possible. react-pdf 4.9 cut a word wider than its line short (the rest of a long name was not drawn), and its
 * only other way to break a word inserts a hyphen, which would read as part of a name or a record number.
 */
export function breakLongWords(text: string, max = MAX_UNBROKEN): string {
  return text.replace(/[^\s]+/g, (word) => {
    if (word.length <= max) return word;
    const lines: string[] = [];
    let line = "";
    for (const token of word.match(TOKENS) ?? []) {
      if (line.length + token.length > max && line !== "") {
        lines.push(line);
        line = "";
      }
      line += token;
    }
    return [...lines, line].join("\n");
  });
}
