/**
 * The box at the top of a result: how many flags need the clinician's decision, and one line per such flag
 * linking to its full card below. With none it says exactly that and points to the counselling points; it never
 * says or suggests that the patient is cleared, safe or fit for treatment (the app never clears a patient).
 */
import type { FlagSummary } from "@/lib/rules/flag-summary";
import type { Flag } from "@/lib/rules/types";
import { FLAG_DECISION_LABELS, type FlagDecision } from "@/lib/review/decisions";

import { SeverityBadge } from "../severity-badge";
import { flagAnchorId } from "./flag-anchor";

/** `decision` is given for a stored screening (null: none yet), absent where decisions do not apply. */
type SummarisedFlag = Pick<Flag, "ruleId" | "severity" | "summary"> & { readonly decision?: { readonly decision: FlagDecision } | null };

function DecisionState({ decision }: { decision: SummarisedFlag["decision"] }) {
  if (decision === undefined) return null;
  return decision === null ? (
    <span className="font-semibold text-amber-900"> — no decision yet</span>
  ) : (
    <span> — {FLAG_DECISION_LABELS[decision.decision].toLowerCase()}</span>
  );
}

/** The id of the counselling section's heading, which the summary's last line links to. */
export const COUNSELLING_HEADING_ID = "counselling-title";

function countedPoints(count: number): string {
  return count === 1 ? "1 counselling point" : `${count} counselling points`;
}

function CounsellingLine({ count, lead }: { count: number; lead: string }) {
  return (
    <p className="mt-3">
      {lead}{" "}
      <a href={`#${COUNSELLING_HEADING_ID}`} className="text-blue-800 underline">
        {countedPoints(count)}
      </a>{" "}
      with the patient.
    </p>
  );
}

export function DecisionSummary({ summary }: { summary: FlagSummary<SummarisedFlag> }) {
  const { counts, decisionFlags, counsellingFlags } = summary;
  // Once every such flag has its decision the reader needs the decisions, no longer a call to make them.
  const allDecided = decisionFlags.length > 0 && decisionFlags.every((flag) => flag.decision != null);
  const title =
    decisionFlags.length === 0
      ? "No critical or warning flags"
      : `${allDecided ? "Decided" : "Needs a decision"}: ${counts.critical} critical, ${counts.warning} warning`;
  return (
    <section aria-labelledby="decision-summary-title" className="rounded-lg border-2 border-slate-700 bg-white p-4 sm:p-6">
      <h2 id="decision-summary-title" className="text-xl font-semibold">
        {title}
      </h2>
      {decisionFlags.length > 0 && (
        <ul className="mt-3 space-y-2">
          {decisionFlags.map((flag) => (
            <li key={flag.ruleId} className="flex items-start gap-3">
              {/* A fixed-width column keeps the summaries aligned whichever badge stands before them. */}
              <span className="w-24 shrink-0">
                <SeverityBadge severity={flag.severity} />
              </span>
              <span>
                <a href={`#${flagAnchorId(flag.ruleId)}`} className="text-blue-800 underline">
                  {flag.summary}
                </a>
                <DecisionState decision={flag.decision} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {counsellingFlags.length > 0 ? (
        <CounsellingLine count={counsellingFlags.length} lead={decisionFlags.length > 0 ? "Also go through the" : "Go through the"} />
      ) : (
        decisionFlags.length === 0 && <p className="mt-3">No rule raised a flag for this screening.</p>
      )}
    </section>
  );
}
