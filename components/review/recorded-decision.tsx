/**
 * A decision as recorded on a flag: what was decided, the note, who and when. Plain component (no hooks), shown
 * above the decision form while the screening is open and alone once it is signed.
 */
import type { RecordedDecision } from "@/lib/db/types";
import { FLAG_DECISION_LABELS } from "@/lib/review/decisions";

import { DateTime } from "../dates";

export function RecordedDecisionView({ decision }: { decision: RecordedDecision | null }) {
  if (!decision) {
    return <p className="font-semibold text-amber-900">No decision recorded yet.</p>;
  }
  return (
    <div>
      <p>
        <span className="font-semibold">Decision: {FLAG_DECISION_LABELS[decision.decision]}</span>
        <span className="text-sm text-slate-700">
          {" "}
          — recorded by {decision.name}, <DateTime at={decision.at} />
        </span>
      </p>
      {decision.note && (
        <p className="mt-1 whitespace-pre-wrap">
          <span className="font-semibold">Note: </span>
          {decision.note}
        </p>
      )}
    </div>
  );
}
