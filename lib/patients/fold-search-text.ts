/**
 * How patient search compares text, the same on every database engine: text is folded here, in JavaScript,
 * never by the engine (SQLite's `LIKE` and `lower()` fold ASCII letters only; PostgreSQL's `LIKE` is
 * case-sensitive and its `lower()` follows the database's locale). The engines only compare text folded here.
 */

/**
 * Lower-cases `text` one code point at a time, so that "SMITH", "Smith" and "smith", or "MÜLLER" and "müller",
 * compare equal. A character outside ASCII never folds into ASCII: the few that would (the Kelvin sign K -> "k",
 * the dotted capital İ -> "i̇") are kept as they are, so "kelvin" does not find "Kelvin" (on any engine).
 */
export function foldSearchText(text: string): string {
  let folded = "";
  for (const character of text) {
    if (character.length === 1 && character.charCodeAt(0) < 0x80) {
      folded += character.toLowerCase();
      continue;
    }
    const lower = character.toLowerCase();
    folded += lower !== character && /[\u0000-\u007f]/.test(lower) ? character : lower;
  }
  return folded;
}

/**
 * Stands between the folded record number and the folded name in a patient's search text. It is an upper-case
 * letter outside ASCII (CIRCLED LATIN CAPITAL LETTER R) whose lower-case form is another character outside
 * ASCII, so `foldSearchText` always replaces it and never produces it: no folded name, record number or query
 * contains it (a unit test checks every code point). Neither engine's `LIKE` folds it (SQLite folds ASCII
 * only; PostgreSQL's `LIKE` does not fold), so a pattern can anchor on it. A control character would do only as
 * long as every writer refused control characters, and ASCII upper case would not do at all: SQLite's `LIKE`
 * matches "R" for "r".
 */
export const SEARCH_TEXT_SEPARATOR = "\u24C7";

/**
 * What the `searchText` column of a patient holds: the folded record number (empty when there is none), the
 * separator, the folded name. The record number comes first so that its test is anchored at the start of the
 * text (a row that cannot match fails at its first character). Folding is JavaScript's Unicode lower-casing,
 * which neither engine reproduces in SQL, so the column is written by the application and backfilled by
 * `npm run db:migrate`.
 */
export function patientSearchText(fullName: string, medicalRecordNumber: string | null): string {
  return `${foldSearchText(medicalRecordNumber ?? "")}${SEARCH_TEXT_SEPARATOR}${foldSearchText(fullName)}`;
}

/** The query as literal `LIKE` text (escape character `\`): `%`, `_` and `\` match only themselves. */
function likeLiteral(foldedQuery: string): string {
  return foldedQuery.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * `LIKE` patterns over `patientSearchText`, with `\` as escape character, that select exactly the patients
 * `rankPatientMatch` gives a rank, and exactly those it ranks best. They are exact because the separator occurs
 * once in every search text and never in a folded query: `q%Ⓡ%` matches only a record number beginning with q,
 * `%Ⓡ%q%` only a name containing it.
 */
export function searchTextPatterns(foldedQuery: string) {
  const q = likeLiteral(foldedQuery);
  const separator = SEARCH_TEXT_SEPARATOR;
  return {
    /** The record number begins with the query, or the name contains it: every rank. */
    matching: [`${q}%${separator}%`, `%${separator}%${q}%`] as const,
    /** The record number is the query, or the name begins with it: the two best ranks and nothing else. */
    best: [`${q}${separator}%`, `%${separator}${q}%`] as const,
  };
}
