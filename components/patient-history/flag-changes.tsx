/**
 * How the flags changed from one visit to the next: flags raised anew, flags no longer raised, and flags whose
 * severity moved. Visits are the latest version of each amendment chain (lib/patients/history.ts), so a
 * correction is never read as a change in the patient.
 */
import { SEVERITY_LABELS, SeverityBadge } from "@/components/severity-badge";
import type { PatientHistoryScreening } from "@/lib/db/types";
import type { FlagChange } from "@/lib/patients/history";
import { ruleTitle } from "@/lib/patients/history";
import type { FlagKey } from "@/lib/rules/flag-set-diff";

import { DateTime } from "../dates";

function FlagItems({ title, flags }: { title: string; flags: readonly FlagKey[] }) {
  if (flags.length === 0) return null;
  return (
    <div>
      <h4 className="font-medium">{title}</h4>
      <ul className="mt-1 space-y-1">
        {flags.map((flag) => (
          <li key={flag.ruleId} className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={flag.severity} /> {ruleTitle(flag.ruleId)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Change({ change }: { change: FlagChange<PatientHistoryScreening> }) {
  const { added, removed, severityChanged } = change.diff;
  const unchanged = added.length === 0 && removed.length === 0 && severityChanged.length === 0;
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">
        <DateTime at={change.from.visitedAt} /> to <DateTime at={change.to.visitedAt} />
      </h3>
      {unchanged ? (
        <p className="mt-2 text-slate-800">The same flags, at the same severities.</p>
      ) : (
        <div className="mt-2 space-y-3">
          <FlagItems title={`New flags (${added.length})`} flags={added} />
          <FlagItems title={`No longer flagged (${removed.length})`} flags={removed} />
          {severityChanged.length > 0 && (
            <div>
              <h4 className="font-medium">Severity changed ({severityChanged.length})</h4>
              <ul className="mt-1 space-y-1">
                {severityChanged.map((moved) => (
                  <li key={moved.ruleId}>
                    {ruleTitle(moved.ruleId)}: {SEVERITY_LABELS[moved.from]} to {SEVERITY_LABELS[moved.to]}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </li>
  );
}

export function FlagChanges({ changes }: { changes: readonly FlagChange<PatientHistoryScreening>[] }) {
  if (changes.length === 0) {
    return <p className="text-slate-800">Only one visit so far: there is nothing to compare yet.</p>;
  }
  return (
    <ol className="space-y-3">
      {changes.map((change) => (
        <Change key={`${change.from.screening.id}-${change.to.screening.id}`} change={change} />
      ))}
    </ol>
  );
}
