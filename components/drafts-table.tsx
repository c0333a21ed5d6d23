import Link from "next/link";

import { DateTime } from "@/components/dates";
import type { DraftListItem } from "@/lib/db/types";

/**
 * Unfinished screenings, listed above the stored ones: the viewer's own, or every clinician's for an admin
 * (`showAuthor`). Each links back to the form with the draft's opaque id.
 */
export function DraftsTable({ drafts, showAuthor }: { drafts: readonly DraftListItem[]; showAuthor: boolean }) {
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts-heading" className="space-y-3">
      <h2 id="drafts-heading" className="text-xl font-semibold">
        Drafts
      </h2>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Unfinished screenings, most recently saved first</caption>
          <thead className="border-b border-slate-300 bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">Patient</th>
              {showAuthor && <th scope="col" className="px-4 py-3 font-semibold">Started by</th>}
              <th scope="col" className="px-4 py-3 font-semibold">Last saved</th>
              <th scope="col" className="px-4 py-3 font-semibold">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {drafts.map((draft) => (
              <tr key={draft.id}>
                <th scope="row" className="px-4 py-3 font-normal">
                  <Link href={`/screenings/new?draft=${encodeURIComponent(draft.id)}`} className="font-medium text-blue-800 underline">
                    {draft.patientName ?? "Patient not named yet"}
                  </Link>
                </th>
                {showAuthor && <td className="px-4 py-3">{draft.authorName}</td>}
                <td className="px-4 py-3">
                  <DateTime at={draft.updatedAt} />
                </td>
                <td className="px-4 py-3">Draft</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
