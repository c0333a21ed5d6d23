import type { Metadata } from "next";
import Link from "next/link";

import { DraftsTable } from "@/components/drafts-table";
import { SeverityBadge } from "@/components/severity-badge";
import { ageOn, CalendarDate, DateTime } from "@/components/dates";
import { statusLabel } from "@/components/status-label";
import { listDrafts } from "@/lib/db/list-drafts.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";

export const metadata: Metadata = { title: "Screenings" };

export default async function ScreeningsPage() {
  // Checked here, on the server, for every request (also makes the page render per request, never at build).
  const user = await requireUser("clinician", "screenings");
  // Each row shows the patient as recorded at that screening (a later change of name does not rewrite it).
  const screenings = await listScreenings(await actorFor(user), { limit: 200 });
  const drafts = await listDrafts(await actorFor(user));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Screenings</h1>
        <Link
          href="/screenings/new"
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-900"
        >
          New screening
        </Link>
      </div>

      <DraftsTable drafts={drafts} showAuthor={user.role === "admin"} />

      {screenings.length === 0 ? (
        <div className="rounded-lg border border-slate-300 bg-white p-6">
          <p className="font-medium">No screenings yet.</p>
          <p className="mt-1 text-slate-700">Start one with “New screening”; it will be listed here, newest first.</p>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Screenings, newest first</caption>
            <thead className="border-b border-slate-300 bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">Patient</th>
                <th scope="col" className="px-4 py-3 font-semibold">Record number</th>
                <th scope="col" className="px-4 py-3 font-semibold">Date of birth</th>
                <th scope="col" className="px-4 py-3 font-semibold">Age</th>
                <th scope="col" className="px-4 py-3 font-semibold">Date and time</th>
                <th scope="col" className="px-4 py-3 font-semibold">Highest severity</th>
                <th scope="col" className="px-4 py-3 font-semibold">Status</th>
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
                  <td className="px-4 py-3">{statusLabel(s.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
