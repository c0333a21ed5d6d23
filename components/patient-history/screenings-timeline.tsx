/**
 * Every screening of the patient, oldest first, each version of an amended one included: a replaced version stays
 * listed (it is part of the record) and says so. Each row links to its result page.
 */
import Link from "next/link";

import { DateTime } from "@/components/dates";
import { SeverityBadge } from "@/components/severity-badge";
import { statusLabel } from "@/components/status-label";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import type { PatientHistoryScreening } from "@/lib/db/types";
import { OUTCOME_LABELS } from "@/lib/review/decisions";

function versionText(screening: PatientHistoryScreening): string {
  return screening.amendsId === null ? String(screening.version) : `${screening.version} (amends version ${screening.version - 1})`;
}

function statusText(screening: PatientHistoryScreening): string {
  // "Amended" already says it was replaced; a replacement recorded without that status is still named.
  return screening.replacedById !== null && screening.status !== "amended"
    ? `${statusLabel(screening.status)}, replaced by a later version`
    : statusLabel(screening.status);
}

function Signer({ signature }: { signature: PatientHistoryScreening["signature"] }) {
  if (signature === null) return <span className="text-slate-700">Not signed</span>;
  return (
    <>
      {signature.name} ({isRole(signature.role) ? ROLE_LABELS[signature.role] : signature.role}),{" "}
      <DateTime at={signature.signedAt} />
    </>
  );
}

export function ScreeningsTimeline({ screenings }: { screenings: readonly PatientHistoryScreening[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">Every screening of this patient, oldest first, with outcome and signer</caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Screened</th>
            <th scope="col" className="px-4 py-3 font-semibold">Version</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
            <th scope="col" className="px-4 py-3 font-semibold">Outcome</th>
            <th scope="col" className="px-4 py-3 font-semibold">Signed by</th>
            <th scope="col" className="px-4 py-3 font-semibold">Highest severity</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {screenings.map((screening) => (
            <tr key={screening.id} className={screening.replacedById !== null ? "bg-slate-50 text-slate-800" : undefined}>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/screenings/${screening.id}`} className="font-medium text-blue-800 underline">
                  <DateTime at={screening.createdAt} />
                </Link>
              </th>
              <td className="px-4 py-3">{versionText(screening)}</td>
              <td className="px-4 py-3">{statusText(screening)}</td>
              <td className="px-4 py-3">
                {screening.outcome === null ? <span className="text-slate-700">Not signed</span> : OUTCOME_LABELS[screening.outcome]}
              </td>
              <td className="px-4 py-3">
                <Signer signature={screening.signature} />
              </td>
              <td className="px-4 py-3">
                <SeverityBadge severity={screening.highestSeverity} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
