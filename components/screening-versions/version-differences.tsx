/**
 * What changed from the version this one amends: the answers (as the form labels them, before and after), the
 * flags raised, cleared or moved in severity, and the decisions, which the new version has none of until it is
 * reviewed. Tables have captions and column headers so each cell is read with its answer and version.
 */
import Link from "next/link";

import type { StoredFlag } from "@/lib/db/types";
import type { DecisionState, VersionDiff } from "@/lib/screening/version-diff";
import { isEmptyVersionDiff } from "@/lib/screening/version-diff";

import { SEVERITY_LABELS, SeverityBadge } from "../severity-badge";

interface Props {
  readonly diff: VersionDiff<StoredFlag>;
  /** The earlier version's number and id; this version is `previous.version + 1`. */
  readonly previous: { readonly id: string; readonly version: number };
  /** This version's flags, to name a flag whose severity moved. */
  readonly flags: readonly StoredFlag[];
}

const CELL = "border border-slate-300 px-3 py-2 text-left align-top";

function decisionText(state: DecisionState | null): string {
  if (state === null) return "No decision";
  return state.note ? `${state.label}: ${state.note}` : state.label;
}

export function VersionDifferences({ diff, previous, flags }: Props) {
  const before = `Version ${previous.version}`;
  const after = `Version ${previous.version + 1}`;
  const summaryOf = new Map(flags.map((flag) => [flag.ruleId, flag.summary]));
  const { added, removed, severityChanged } = diff.flags;
  const flagsChanged = added.length + removed.length + severityChanged.length > 0;
  return (
    <section aria-labelledby="version-changes-title" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id="version-changes-title" className="text-xl font-semibold">
        What changed from version {previous.version}
      </h2>
      <p>
        Compared with{" "}
        <Link href={`/screenings/${previous.id}`} className="text-blue-800 underline">
          version {previous.version}
        </Link>
        .{isEmptyVersionDiff(diff) && " Nothing differs in the answers, flags or decisions."}
      </p>

      {diff.inputs.length > 0 && (
        <BeforeAfterTable
          caption={`Answers (${diff.inputs.length} changed)`}
          subject="Question"
          columns={[before, after]}
          rows={diff.inputs.map((change) => ({ key: change.path, label: change.label, before: change.before, after: change.after }))}
        />
      )}

      {flagsChanged && (
        <div>
          <h3 className="text-lg font-semibold">Flags</h3>
          <ul className="mt-2 space-y-2">
            {added.map((flag) => (
              <li key={`added-${flag.ruleId}`} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">Raised in {after.toLowerCase()}:</span> <SeverityBadge severity={flag.severity} />{" "}
                {flag.summary}
              </li>
            ))}
            {removed.map((flag) => (
              <li key={`removed-${flag.ruleId}`} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">No longer raised:</span> <SeverityBadge severity={flag.severity} /> {flag.summary}
              </li>
            ))}
            {severityChanged.map((change) => (
              <li key={`moved-${change.ruleId}`}>
                <span className="font-medium">
                  Severity changed from {SEVERITY_LABELS[change.from].toLowerCase()} to {SEVERITY_LABELS[change.to].toLowerCase()}:
                </span>{" "}
                {summaryOf.get(change.ruleId) ?? change.ruleId}
              </li>
            ))}
          </ul>
        </div>
      )}

      {diff.decisions.length > 0 && (
        <BeforeAfterTable
          caption="Decisions"
          subject="Flag"
          columns={[before, after]}
          rows={diff.decisions.map((change) => ({
            key: change.ruleId,
            label: change.summary,
            before: decisionText(change.before),
            after: decisionText(change.after),
          }))}
        />
      )}
    </section>
  );
}

interface Row {
  readonly key: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

function BeforeAfterTable({ caption, subject, columns, rows }: { caption: string; subject: string; columns: readonly [string, string]; rows: readonly Row[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr>
            {[subject, ...columns].map((heading) => (
              <th key={heading} scope="col" className={CELL}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={`${CELL} font-medium`}>
                {row.label}
              </th>
              <td className={`${CELL} whitespace-pre-wrap`}>{row.before}</td>
              <td className={`${CELL} whitespace-pre-wrap`}>{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
