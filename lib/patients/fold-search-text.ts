/**
 * How patient search compares text, the same on every database engine: matching happens here, in JavaScript,
 * never in the engine's collation (SQLite's `LIKE` and `lower()` fold ASCII letters only; PostgreSQL's `LIKE` is
 * case-sensitive and its `lower()` follows the database's locale).
 */

const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Lower-cases `text` one code point at a time, so that "SMITH", "Smith" and "smith", or "MÜLLER" and "müller",
 * compare equal. One rule keeps the database's pre-filter sound (see `asciiSearchFragment`): a character outside
 * ASCII never folds into ASCII. The few that would (the Kelvin sign K -> "k", the dotted capital İ -> "i̇") are
 * kept as they are.
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
 * The longest run of ASCII characters in a folded query: the part of it a database can look for in
 * `lower(column)` with the same result on SQLite and PostgreSQL. Every text whose fold contains the query
 * contains this run, in ASCII, in the same characters (ASCII folds only to ASCII, and nothing else folds to
 * ASCII), so the engine's search for it can only let more rows through, never fewer. Empty when the query has
 * no ASCII character (then every row is a candidate).
 */
export function asciiSearchFragment(foldedQuery: string): string {
  let longest = "";
  for (const run of foldedQuery.split(/[^\u0000-\u007f]+/u)) if (run.length > longest.length) longest = run;
  return longest;
}

/** `fragment` as a SQL `LIKE` pattern for "contains", with `\` as the escape character. */
export function containsLikePattern(fragment: string): string {
  if (!ASCII.test(fragment)) throw new Error("The database pre-filter takes an ASCII fragment only");
  return `%${fragment.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
