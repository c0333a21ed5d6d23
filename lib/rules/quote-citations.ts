/**
 * Which rules quote which sentence of the source document: the index behind /source's "Quoted by" notes. Takes
 * the catalogue as an argument (rather than importing it) so tests can pass a small one.
 */
import { SEVERITIES, type RuleDescription, type RuleId, type Severity } from "./types";

/** One rule quoting a sentence, and the severities at which its flag cites it (most severe first). */
export interface QuoteCitation {
  readonly ruleId: RuleId;
  readonly title: string;
  readonly severities: readonly Severity[];
}

/**
 * Quote → the rules citing it, in catalogue order. Keys are the quotes exactly as the rules hold them (verbatim
 * from the document); standard citations are not document quotes and are left out.
 */
export function quoteCitations(catalogue: readonly RuleDescription[]): ReadonlyMap<string, readonly QuoteCitation[]> {
  const index = new Map<string, QuoteCitation[]>();
  for (const rule of catalogue) {
    const severitiesByQuote = new Map<string, Severity[]>();
    for (const severity of rule.severities) {
      for (const source of rule.levels[severity]?.sources ?? []) {
        if (source.kind !== "document") continue;
        const severities = severitiesByQuote.get(source.quote) ?? [];
        // A level citing the same quote twice still counts once.
        if (!severities.includes(severity)) severities.push(severity);
        severitiesByQuote.set(source.quote, severities);
      }
    }
    for (const [quote, severities] of severitiesByQuote) {
      const citations = index.get(quote) ?? [];
      citations.push({ ruleId: rule.id, title: rule.title, severities });
      index.set(quote, citations);
    }
  }
  return index;
}

/**
 * Several quotes' citations as one list, each rule once with the union of its severities (most severe first), in
 * the order first met: for a note after a sentence holding more than one quote.
 */
export function mergeCitations(lists: readonly (readonly QuoteCitation[])[]): QuoteCitation[] {
  const byRule = new Map<RuleId, { title: string; severities: Set<Severity> }>();
  for (const citation of lists.flat()) {
    const entry = byRule.get(citation.ruleId) ?? { title: citation.title, severities: new Set<Severity>() };
    for (const severity of citation.severities) entry.severities.add(severity);
    byRule.set(citation.ruleId, entry);
  }
  return [...byRule].map(([ruleId, { title, severities }]) => ({
    ruleId,
    title,
    severities: SEVERITIES.filter((severity) => severities.has(severity)),
  }));
}
