import "server-only";

/**
 * The export files as HTTP responses, shared by the app's own download routes (session) and the API's
 * (token): the same bytes and headers whichever way a screening leaves. File names carry ids only, never the
 * patient; no answer is cached.
 */
import { reservePdfRender } from "@/components/pdf/screening-pdf-jobs.server";
import { TemporarilyUnavailableError } from "@/lib/actions/define-route-handler";
import { exportScreenings } from "@/lib/db/export-screenings.server";
import type { Actor, ScreeningDetail } from "@/lib/db/types";
import { CSV_BOM } from "@/lib/exports/csv";
import { screeningFileName } from "@/lib/exports/file-names";
import { screeningBundle } from "@/lib/exports/fhir/bundle";
import { screeningCsvHeaderRecord, screeningCsvRecord } from "@/lib/exports/screening-csv";
import { screeningSummary } from "@/lib/exports/screening-summary";
import type { ScreeningListQuery } from "@/lib/screening/list-filter";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { appUrl } from "@/lib/server/auth.server";
import { sourceDocumentTitle } from "@/lib/source/source-document";

/** Rows per chunk written to the response: few enough to keep memory flat, enough to keep writes few. */
const ROWS_PER_CHUNK = 200;

function attachment(contentType: string, fileName: string): HeadersInit {
  return { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" };
}

/**
 * The screening's PDF. A place on the PDF worker is taken before `read` (which audits the export) runs, so a
 * request refused as busy reads nothing and leaves no export event for a file that was never sent.
 */
export async function screeningPdfResponse(read: () => Promise<ScreeningDetail | null>, notFound: () => Response): Promise<Response> {
  const place = reservePdfRender();
  if (place === null) throw new TemporarilyUnavailableError("Several PDFs are being prepared just now. Try again in a few seconds.", 5);
  try {
    const screening = await read();
    if (!screening) return notFound();
    const pdf = await place.run(screeningSummary(screening, { generatedAt: new Date(), sourceDocumentTitle: sourceDocumentTitle() }));
    return new Response(pdf, { status: 200, headers: attachment("application/pdf", screeningFileName(screening.id, "pdf")) });
  } finally {
    place.release();
  }
}

export function screeningFhirResponse(screening: ScreeningDetail): Response {
  const bundle = screeningBundle(screening, { baseUrl: appUrl().origin, generatedAt: new Date() });
  return new Response(JSON.stringify(bundle, null, 2), { status: 200, headers: attachment("application/fhir+json; charset=utf-8", screeningFileName(screening.id, "fhir")) });
}

/**
 * Every screening matching `query`, streamed row by row: the server holds one chunk of rows at a time however
 * many match, and reads the next only when the client has taken the last (a slow download never makes the
 * server read ahead of it). The export is audited when it starts (lib/db).
 */
export function screeningsCsvResponse(actor: Actor, query: ScreeningListQuery): Response {
  const rows = exportScreenings(actor, query, "csv");
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + screeningCsvHeaderRecord()));
    },
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
  return new Response(body, { status: 200, headers: attachment("text/csv; charset=utf-8; header=present", `screenings-${todayIsoDate()}.csv`) });
}
