import type { Metadata } from "next";
import Link from "next/link";

import { DateTime } from "@/components/dates";
import { ScrollingTable } from "@/components/scrolling-table";
import { FILTER_INPUT, FilterField, filterControl } from "@/components/forms/filter-field";
import { auditFilterSchema, auditQueryOf, type AuditFilter } from "@/lib/audit/audit-filter";
import { errorsByField, searchParamsRecord } from "@/lib/validation/query-params";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { listAccounts } from "@/lib/db/list-accounts.server";
import { listAuditEvents } from "@/lib/db/list-audit-events.server";
import { requireUser } from "@/lib/server/require-user.server";

export const metadata: Metadata = { title: "Audit trail" };

const PAGE_SIZE = 50;

const INPUT = FILTER_INPUT;

export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("admin", "admin/audit");
  const raw = searchParamsRecord(await searchParams);
  const parsed = auditFilterSchema.safeParse(raw);
  const errors = parsed.success ? {} : errorsByField(parsed.error.issues, "user");
  const filter: AuditFilter | null = parsed.success ? parsed.data : null;

  const [accounts, page] = await Promise.all([
    listAccounts(),
    filter ? listAuditEvents({ ...auditQueryOf(filter), limit: PAGE_SIZE }) : Promise.resolve(null),
  ]);
  const olderHref = (cursor: number) => `/admin/audit?${new URLSearchParams({ ...raw, before: String(cursor) }).toString()}`;
  const attrs = (name: string) => filterControl(name, errors);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit trail</h1>
      <p className="text-slate-700">
        Every sign-in, access and change, newest first. Entries cannot be edited or removed; <code>npm run audit:verify</code> checks that none
        has been.
      </p>
      <form method="get" action="/admin/audit" className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3">
        <FilterField id="filter-user" label="User" error={errors.user}>
          <select {...attrs("user")} defaultValue={raw.user ?? ""} className={INPUT}>
            <option value="">Anyone</option>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} ({account.email})
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-event" label="Event" error={errors.event}>
          <select {...attrs("event")} defaultValue={raw.event ?? ""} className={INPUT}>
            <option value="">Any event</option>
            {AUDIT_EVENTS.map((event) => (
              <option key={event} value={event}>
                {event}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-patient" label="Patient id" error={errors.patient}>
          <input {...attrs("patient")} defaultValue={raw.patient ?? ""} className={INPUT} autoComplete="off" spellCheck={false} />
        </FilterField>
        <FilterField id="filter-from" label="From (day, UTC)" error={errors.from}>
          <input {...attrs("from")} type="date" defaultValue={raw.from ?? ""} className={INPUT} />
        </FilterField>
        <FilterField id="filter-to" label="To (day, UTC, included)" error={errors.to}>
          <input {...attrs("to")} type="date" defaultValue={raw.to ?? ""} className={INPUT} />
        </FilterField>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
            Apply filters
          </button>
          <Link href="/admin/audit" className="text-blue-800 underline">
            Clear
          </Link>
        </div>
      </form>

      {!page ? (
        <p role="alert" className="rounded-lg border-l-8 border-red-700 bg-white p-4 font-semibold">
          Correct the filters above to see the audit trail.
        </p>
      ) : page.events.length === 0 ? (
        <p className="rounded-lg border border-slate-300 bg-white p-4">No events match these filters.</p>
      ) : (
        <ScrollingTable label="Audit events" caption="Audit events, newest first" columns={["#", "When (UTC)", "Who", "Event", "Outcome", "Record", "Patient id", "Address", "Detail"]} dense>
          {page.events.map((event) => (
            <tr key={event.sequence}>
              <td className="px-3 py-2 font-mono">{event.sequence}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <DateTime at={event.at} utc />
              </td>
              <td className="px-3 py-2">{event.actorEmail ?? "unknown"}</td>
              <th scope="row" className="px-3 py-2 font-semibold">{event.event}</th>
              <td className="px-3 py-2">{event.outcome}</td>
              <td className="px-3 py-2 font-mono text-xs">{event.recordType ? `${event.recordType} ${event.recordId ?? ""}` : ""}</td>
              <td className="px-3 py-2 font-mono text-xs">{event.patientId ?? ""}</td>
              <td className="px-3 py-2 font-mono text-xs">{event.ipAddress ?? ""}</td>
              <td className="px-3 py-2 text-xs">{event.detail ? Object.entries(event.detail).map(([key, value]) => `${key}: ${String(value)}`).join("; ") : ""}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      {page?.nextCursor && (
        <p>
          <Link href={olderHref(page.nextCursor)} className="font-semibold text-blue-800 underline">
            Older events
          </Link>
        </p>
      )}
    </div>
  );
}
