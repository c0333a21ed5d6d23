import type { Metadata } from "next";
import Link from "next/link";

import { DraftsTable } from "@/components/drafts-table";
import { PatientSearch } from "@/components/patient-search";
import { ListFilterForm } from "@/components/screening-list/list-filter-form";
import { ScreeningsTable } from "@/components/screening-list/screenings-table";
import { getPatientSummary } from "@/lib/db/get-patient-summary.server";
import { listDrafts } from "@/lib/db/list-drafts.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { listSigners } from "@/lib/db/list-signers.server";
import { encodeListCursor, screeningListFilterSchema, screeningListQueryOf, UNKNOWN_SIGNER } from "@/lib/screening/list-filter";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";
import { errorsByField, searchParamsRecord } from "@/lib/validation/query-params";

export const metadata: Metadata = { title: "Screenings" };

const PAGE_SIZE = 50;

export default async function ScreeningsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Checked here, on the server, for every request (also makes the page render per request, never at build).
  const user = await requireUser("clinician", "screenings");
  const actor = await actorFor(user);
  const raw = searchParamsRecord(await searchParams);
  const parsed = screeningListFilterSchema.safeParse(raw);
  const parsedFilter = parsed.success ? parsed.data : null;
  const query = parsedFilter ? screeningListQueryOf(parsedFilter) : null;
  const filtered = Object.entries(raw).some(([key, value]) => key !== "sort" && key !== "after" && value !== "");
  const showDrafts = parsedFilter !== null && (parsedFilter.status === "draft" || !filtered);

  const [listed, drafts, patient, signers] = await Promise.all([
    query ? listScreenings(actor, query, { limit: PAGE_SIZE }) : Promise.resolve(null),
    showDrafts ? listDrafts(actor) : Promise.resolve([]),
    parsedFilter?.patient ? getPatientSummary(actor, parsedFilter.patient) : Promise.resolve(null),
    listSigners(actor),
  ]);
  // A well-formed id of no account would leave the select showing "Anyone" over an empty list: said instead.
  const signerUnknown = parsedFilter?.signer !== undefined && !signers.some((signer) => signer.id === parsedFilter.signer);
  const errors = parsed.success ? (signerUnknown ? { signer: UNKNOWN_SIGNER } : {}) : errorsByField(parsed.error.issues, "status");
  const filter = signerUnknown ? null : parsedFilter;
  const page = filter ? listed : null;
  const nextHref = page?.nextCursor
    ? `/screenings?${new URLSearchParams({ ...raw, after: encodeListCursor(page.nextCursor) }).toString()}`
    : null;
  const firstHref = raw.after ? `/screenings?${new URLSearchParams(Object.entries(raw).filter(([key]) => key !== "after")).toString()}` : null;
  const order = filter?.sort === "oldest" ? "oldest first" : "newest first";
  // Every screening these filters match, not just this page: the export starts from the first.
  const csvHref = `/screenings/export.csv?${new URLSearchParams(Object.entries(raw).filter(([key]) => key !== "after")).toString()}`;

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

      <PatientSearch purpose="list-filter" />
      <ListFilterForm values={raw} errors={errors} patient={patient} signers={signers} />

      {showDrafts && <DraftsTable drafts={drafts} showAuthor={user.role === "admin"} />}

      {!filter ? (
        <p className="rounded-lg border-l-8 border-red-700 bg-white p-4">Correct the filters above to see screenings.</p>
      ) : !page ? null : page.items.length === 0 ? (
        <div className="rounded-lg border border-slate-300 bg-white p-6">
          <p className="font-medium">{filtered ? "No screenings match these filters." : "No screenings yet."}</p>
          {!filtered && <p className="mt-1 text-slate-700">Start one with “New screening”; it will be listed here, newest first.</p>}
        </div>
      ) : (
        <section aria-labelledby="screenings-heading" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-4">
            <h2 id="screenings-heading" className="text-xl font-semibold">
              Screenings, {order}
            </h2>
            {/* A file, not a page: a plain link, so the router does not try to render it. */}
            <a href={csvHref} download className="text-blue-800 underline">
              Download all matching screenings (CSV)
            </a>
          </div>
          <ScreeningsTable screenings={page.items} caption={`Screenings, ${order}`} />
          <nav aria-label="Pages" className="flex flex-wrap gap-6">
            {firstHref && (
              <Link href={firstHref} className="text-blue-800 underline">
                First page
              </Link>
            )}
            {nextHref && (
              <Link href={nextHref} className="font-semibold text-blue-800 underline">
                Next {PAGE_SIZE}
              </Link>
            )}
          </nav>
        </section>
      )}
    </div>
  );
}
