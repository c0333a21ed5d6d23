/**
 * The screening list as CSV: GET with the list's own filters (the same query string as /screenings), every
 * matching screening from the first, streamed row by row so the server holds one page of rows at a time however
 * many match. Refused without a clinician's session (the wrapper), audited when it starts (lib/db), never cached.
 */
import { fieldErrorsFromIssues } from "@/lib/actions/define-action";
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { exportScreenings } from "@/lib/db/export-screenings.server";
import { CSV_BOM } from "@/lib/exports/csv";
import { screeningCsvHeaderRecord, screeningCsvRecord } from "@/lib/exports/screening-csv";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { screeningListFilterSchema, screeningListQueryOf } from "@/lib/screening/list-filter";
import { actorFor } from "@/lib/server/request-context.server";
import { routeHandler } from "@/lib/server/route-handler";
import { searchParamsRecord } from "@/lib/validation/query-params";

/** Rows per chunk written to the response: few enough to keep memory flat, enough to keep writes few. */
const ROWS_PER_CHUNK = 200;

export const GET = routeHandler({
  access: "clinician",
  name: "screenings-csv",
  handler: async (request, user) => {
    const params = searchParamsRecord(Object.fromEntries(new URL(request.url).searchParams));
    // The whole list is exported, whichever page the clinician was on.
    delete params.after;
    const parsed = screeningListFilterSchema.safeParse(params);
    if (!parsed.success) return jsonResponse(400, { fieldErrors: fieldErrorsFromIssues(parsed.error.issues) });
    const query = screeningListQueryOf(parsed.data);
    if (!query) return jsonResponse(400, { fieldErrors: { status: ["Drafts are not exported: choose another status"] } });

    const rows = exportScreenings(await actorFor(user), query, "csv");
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + screeningCsvHeaderRecord()));
      },
      // Pulled as the client reads: a slow download never makes the server read ahead of it.
      async pull(controller) {
        let chunk = "";
        for (let count = 0; count < ROWS_PER_CHUNK; count += 1) {
          const next = await rows.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += screeningCsvRecord(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="screenings-${todayIsoDate()}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
