/**
 * How patient search compares text, the same on every database engine: matching happens here, in JavaScript,
 * never in the engine's collation (SQLite's `LIKE` and `lower()` fold ASCII letters only; PostgreSQL's `LIKE` is
 * case-sensitive and its `lower()` follows the database's locale).
 */

/**
 * Lower-cases `text` one code point at a time, so that "SMITH", "Smith" and "smith", or "MÜLLER" and "müller",
 * compare equal. One rule keeps the database's pre-filter sound (see `asciiLikePattern`): a character outside
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
 * A SQL `LIKE` pattern (escape character `\`) that `lower(column)` matches, on SQLite and on PostgreSQL alike,
 * for every text whose fold contains the folded query: the query's ASCII runs in order, with `%` for the
 * characters outside ASCII around and between them ("müller" -> `%m%ller%`). It holds because ASCII folds only
 * to ASCII and nothing else folds to ASCII, so those runs stand in the text itself, in ASCII, in that order,
 * and both engines lower ASCII A-Z alike. So the engine's filter can only let more rows through, never fewer.
 * A query without any ASCII character gives `%`: every row is a candidate.
 */
export function asciiLikePattern(foldedQuery: string): string {
  const runs = foldedQuery
    .split(/[^\u0000-\u007f]+/u)
    .filter((run) => run.length > 0)
    .map((run) => run.replace(/[\\%_]/g, (character) => `\\${character}`));
  return `%${runs.map((run) => `${run}%`).join("")}`;
}
