/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet program: records end in CRLF; a field holding a
 * comma, a double quote, CR or LF is enclosed in double quotes, with each double quote doubled.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula, and tab or carriage return at the start can smuggle one past a filter. Text from the record (a
 * patient's name, a note) could start that way, so every text cell starting with one of those characters gets a
 * leading apostrophe, which spreadsheet programs show as text and do not evaluate. Numbers are written as
 * numbers: they are the app's own and never text a person typed.
 */

/** Excel and LibreOffice read a UTF-8 file as UTF-8 only when it starts with a byte-order mark. */
export const CSV_BOM = "\uFEFF";

export const CSV_LINE_END = "\r\n";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

/** Text that a spreadsheet would evaluate is prefixed with an apostrophe; other text is unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: empty for null or undefined, a finite number as written by JavaScript, text neutralised and quoted as needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("A CSV number must be finite");
    return String(value);
  }
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its line end. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",") + CSV_LINE_END;
}
