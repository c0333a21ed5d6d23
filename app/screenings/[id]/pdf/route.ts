/**
 * A screening's summary as a PDF file, rendered on the server (no browser): refused without a clinician's
 * session, audited as an export, never cached. The file name carries the screening's id only, never the patient.
 */
import { renderScreeningPdf } from "@/components/pdf/render-screening-pdf.server";
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { getScreening } from "@/lib/db/get-screening.server";
import { screeningSummary } from "@/lib/exports/screening-summary";
import { actorFor } from "@/lib/server/request-context.server";
import { routeHandler } from "@/lib/server/route-handler";
import { sourceDocumentTitle } from "@/lib/source/source-document";

export const GET = routeHandler<"clinician", { params: Promise<{ id: string }> }>({
  access: "clinician",
  name: "screening-pdf",
  handler: async (_request, user, { params }) => {
    const { id } = await params;
    const screening = await getScreening(await actorFor(user), id, { kind: "export", format: "pdf" });
    if (!screening) return jsonResponse(404, { error: "No such screening" });
    const pdf = await renderScreeningPdf(screeningSummary(screening, { generatedAt: new Date(), sourceDocumentTitle: sourceDocumentTitle() }));
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="screening-${screening.id}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
