import Link from "next/link";

import { ageOn, CalendarDate, DateTime } from "@/components/dates";
import { SeverityBadge } from "@/components/severity-badge";
import { statusLabel } from "@/components/status-label";
import type { ScreeningListItem } from "@/lib/db/types";
import { OUTCOME_LABELS } from "@/lib/review/decisions";
import { todayIsoDate } from "@/lib/screening/calendar-date";

/** One page of screenings; each row shows the patient as recorded at that screening. */
export function ScreeningsTable({ screenings, caption }: { screenings: readonly ScreeningListItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Patient</th>
            <th scope="col" className="px-4 py-3 font-semibold">Record number</th>
            <th scope="col" className="px-4 py-3 font-semibold">Date of birth</th>
            <th scope="col" className="px-4 py-3 font-semibold">Age</th>
            <th scope="col" className="px-4 py-3 font-semibold">Date and time</th>
            <th scope="col" className="px-4 py-3 font-semibold">Highest severity</th>
            <th scope="col" className="px-4 py-3 font-semibold">Need a decision</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
            <th scope="col" className="px-4 py-3 font-semibold">Signed by</th>
            <th scope="col" className="px-4 py-3 font-semibold">Outcome</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {screenings.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/screenings/${s.id}`} className="font-medium text-blue-800 underline">
                  {s.patient.fullName}
                </Link>
              </th>
              <td className="px-4 py-3">{s.patient.medicalRecordNumber ?? <span className="text-slate-600">None</span>}</td>
              <td className="px-4 py-3">
                <CalendarDate iso={s.patient.dateOfBirth} />
              </td>
              {/* On the screening's day, as the rules counted it: a list of old screenings keeps their ages. */}
              <td className="px-4 py-3">{ageOn(s.patient.dateOfBirth, todayIsoDate(s.createdAt))}</td>
              <td className="px-4 py-3">
                <DateTime at={s.createdAt} />
              </td>
              <td className="px-4 py-3">
                <SeverityBadge severity={s.highestSeverity} />
              </td>
              <td className="px-4 py-3">
                {s.decisionFlags === 0 ? (
                  <span className="text-slate-700">None</span>
                ) : s.status === "awaiting-review" ? (
                  s.decisionFlags
                ) : (
                  // Signed or replaced: every one of them was decided before signing.
                  `${s.decisionFlags}, decided`
                )}
              </td>
              <td className="px-4 py-3">{statusLabel(s.status)}</td>
              <td className="px-4 py-3">{s.signerName ?? <span className="text-slate-700">Not signed</span>}</td>
              <td className="px-4 py-3">{s.outcome ? OUTCOME_LABELS[s.outcome] : <span className="text-slate-700">None yet</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
