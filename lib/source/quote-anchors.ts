/**
 * The fragment id of a quoted sentence on /source, derived from the quote's text alone: every flag citing a
 * quote links to the same place, whichever rule or screening it comes from, and the id stays the same across
 * deployments and rules versions as long as the wording does. Pure and dependency-free (no node:crypto), so a
 * client component could use it too.
 */

/** Words of the quote kept in the id, so a link reads as what it points at ("q-ketamine-can-cause-an-…"). */
const SLUG_WORDS = 5;

/** Whitespace folded, so a quote re-wrapped in the source code keeps its anchor. */
function normalised(quote: string): string {
  return quote.replace(/\s+/g, " ").trim();
}

/**
 * FNV-1a, 32 bits: a tiny, well-known string hash. It only separates quotes that share their first words; it is
 * not a security measure. The unit tests check the catalogue's quotes get distinct anchors.
 */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * `q-` + the first words as a slug + 8 hex digits of the whole quote's hash, e.g.
 * `q-ketamine-can-cause-an-increase-1a2b3c4d`. Only `[a-z0-9-]`, so it needs no escaping in a URL fragment, an
 * HTML id or a CSS selector.
 */
export function quoteAnchor(quote: string): string {
  const text = normalised(quote);
  const slug = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
    .slice(0, SLUG_WORDS)
    .join("-");
  return slug === "" ? `q-${fnv1a(text)}` : `q-${slug}-${fnv1a(text)}`;
}

/** The link to a quote on the source page. */
export function quoteHref(quote: string): string {
  return `/source#${quoteAnchor(quote)}`;
}
