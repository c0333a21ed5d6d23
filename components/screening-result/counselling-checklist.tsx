/**
 * The counselling (info) flags as a compact, numbered list to go through with the patient, collapsed until the
 * clinician opens it. Every patient gets at least nine of these; shown as full cards they buried the few flags
 * that need a decision. A native <details> opens and closes without any script, so it works under the strict
 * Content Security Policy and before the page's JavaScript has loaded.
 *
 * Each point keeps its reasons and its sources (quotes with their citation, rendered as on every flag card):
 * what the clinician says to the patient must stay traceable to the document. The page adds under each point
 * whether it was discussed (a tick while the screening is open, the record once it is signed).
 */
import type { Flag } from "@/lib/rules/types";

import { COUNSELLING_HEADING_ID } from "./decision-summary";
import { flagAnchorId } from "./flag-anchor";
import { FlagSourceView, type FlagReviewSlot, type SourceDocumentRef } from "./flag-list";

export function CounsellingChecklist<F extends Flag>({
  flags,
  document,
  review,
  discussed,
}: {
  /** How many points were ticked as discussed; absent where ticks do not apply. */
  discussed?: number;
  flags: readonly F[];
  document: SourceDocumentRef;
  review?: FlagReviewSlot<F>;
}) {
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby={COUNSELLING_HEADING_ID} className="space-y-3">
      {/* Focusable so the summary's link moves focus here, as it does to a flag's card. */}
      <h2 id={COUNSELLING_HEADING_ID} tabIndex={-1} className="scroll-mt-4 text-xl font-semibold">
        Counselling
      </h2>
      <details className="rounded-lg border border-blue-800 bg-white">
        <summary className="cursor-pointer rounded-lg bg-blue-50 px-4 py-3 font-semibold text-blue-950">
          Counselling points to go through with the patient ({flags.length})
          {discussed !== undefined && discussed > 0 && ` — ${discussed} discussed`}
        </summary>
        <ol className="list-decimal divide-y divide-slate-200 border-t border-slate-300 pl-9 pr-4">
          {flags.map((flag) => (
            <li key={flag.ruleId} className="py-3 pl-1">
              {/* No severity icon or word: every point here is a counselling (info) flag, as the section is. */}
              <p id={flagAnchorId(flag.ruleId)} className="font-medium">
                {flag.summary}
              </p>
              <div className="mt-1 space-y-2 text-sm">
                {flag.reasons.length > 0 && (
                  <p>
                    <span className="font-semibold text-slate-700">Why it was raised: </span>
                    {flag.reasons.join("; ")}
                  </p>
                )}
                {flag.source.map((source, index) => (
                  <FlagSourceView key={index} source={source} document={document} />
                ))}
              </div>
              {review && <div className="mt-2">{review(flag)}</div>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
