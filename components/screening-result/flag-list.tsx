/**
 * The flags of one assessment, grouped by severity, critical first. Each flag shows what it is (summary),
 * why it was raised for this patient (reasons) and where the concern comes from (a quoted sentence of the
 * source document, or a named clinical standard).
 */
import { SEVERITIES, type Flag, type FlagSource, type Severity } from "@/lib/rules/types";
import { quoteHref } from "@/lib/source/quote-anchors";

import { SEVERITY_LABELS, SeverityIcon, severityPanelStyle } from "../severity-badge";
import { flagAnchorId } from "./flag-anchor";

export interface SourceDocumentRef {
  /** The document's own title, cited under each quote. */
  readonly title: string;
  /** The displayed paragraphs, in order, so a quote can link to the paragraph holding it on /source. */
  readonly paragraphs: readonly string[];
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The quote's own place on /source, highlighted there; the page's top when the document does not hold it (a
 * screening stored before the document changed), rather than a fragment that goes nowhere.
 */
function sourceLink(quote: string, document: SourceDocumentRef): string {
  return document.paragraphs.some((p) => squash(p).includes(squash(quote))) ? quoteHref(quote) : "/source";
}

function FlagSourceView({ source, document }: { source: FlagSource; document: SourceDocumentRef }) {
  if (source.kind === "standard") {
    return (
      <p>
        <span className="font-medium">Standard: </span>
        {source.citation}
      </p>
    );
  }
  const href = sourceLink(source.quote, document);
  return (
    <figure>
      <blockquote cite={href} className="border-l-4 border-slate-400 pl-4 italic text-slate-800">
        <p>“{source.quote}”</p>
      </blockquote>
      <figcaption className="mt-1 pl-4 text-sm text-slate-700">
        — <cite>{document.title}</cite> (source document).{" "}
        {/* Short visible text; the name adds which quote, for a screen-reader user listing links alone. It starts
            with the visible words (WCAG 2.5.3), and as a label rather than hidden text it leaves the quote once in
            the page's text. */}
        <a href={href} aria-label={`Read in the source document: “${source.quote}”`} className="text-blue-800 underline">
          Read in the source document
        </a>
      </figcaption>
    </figure>
  );
}

type ShownFlag = Flag & { readonly id?: string };

/** What the page adds under a flag: its review (a recorded decision, the decision form). */
export type FlagReviewSlot<F> = (flag: F) => React.ReactNode;

function FlagCard<F extends ShownFlag>({ flag, document, review }: { flag: F; document: SourceDocumentRef; review?: FlagReviewSlot<F> }) {
  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4 sm:p-5">
      {/* The result's summary links here: tabIndex lets the link move focus to the heading, not just scroll, and
          the scroll margin keeps its focus ring on screen. */}
      <h4 id={flagAnchorId(flag.ruleId)} tabIndex={-1} className="flex scroll-mt-4 items-start gap-2 font-semibold text-slate-900">
        <SeverityIcon severity={flag.severity} className="mt-0.5 size-5" />
        <span>
          <span className="sr-only">{SEVERITY_LABELS[flag.severity]}: </span>
          {flag.summary}
        </span>
      </h4>
      {flag.reasons.length > 0 && (
        <div className="mt-3">
          <p className="text-sm font-semibold text-slate-700">Why it was raised</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {flag.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {flag.source.length > 0 && (
        <div className="mt-3 space-y-2">
          <p className="text-sm font-semibold text-slate-700">Source</p>
          {flag.source.map((source, index) => (
            <FlagSourceView key={index} source={source} document={document} />
          ))}
        </div>
      )}
      {review && <div className="mt-4 border-t border-slate-300 pt-4">{review(flag)}</div>}
    </article>
  );
}

export function FlagList<F extends ShownFlag>({ flags, document, review }: { flags: readonly F[]; document: SourceDocumentRef; review?: FlagReviewSlot<F> }) {
  const groups = SEVERITIES.map((severity): [Severity, F[]] => [
    severity,
    flags.filter((flag) => flag.severity === severity),
  ]).filter(([, group]) => group.length > 0);

  if (groups.length === 0) {
    return <p className="rounded-lg border border-slate-300 bg-white p-4">No rule raised a flag for this screening.</p>;
  }
  return (
    <div className="space-y-8">
      {groups.map(([severity, group]) => (
        <section key={severity} aria-labelledby={`flags-${severity}`} className="space-y-3">
          <h3
            id={`flags-${severity}`}
            className={`flex items-center gap-2 rounded border-l-8 px-3 py-2 text-lg font-semibold ${severityPanelStyle(severity)}`}
          >
            <SeverityIcon severity={severity} />
            {SEVERITY_LABELS[severity]} ({group.length})
          </h3>
          <div className="space-y-4">
            {group.map((flag) => (
              <FlagCard key={flag.id ?? flag.ruleId} flag={flag} document={document} review={review} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** A quote or a standard, as every flag shows it: the counselling checklist shows its sources the same way. */
export { FlagSourceView };
