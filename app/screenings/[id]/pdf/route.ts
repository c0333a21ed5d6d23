/**
 * A screening's summary as a PDF file, rendered on the server (no browser): refused without a clinician's
 * session, audited as an export, never cached. The file name carries the screening's id only, never the patient.
 */
import { screeningPdfResponse } from "@/app/_exports/screening-files";
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { getScreening } from "@/lib/db/get-screening.server";
import { actorFor } from "@/lib/server/request-context.server";
import { routeHandler } from "@/lib/server/route-handler";

export const GET = routeHandler<"clinician", { params: Promise<{ id: string }> }>({
  access: "clinician",
  name: "screening-pdf",
  handler: async (_request, user, { params }) => {
    const { id } = await params;
    const actor = await actorFor(user);
    return screeningPdfResponse(
      () => getScreening(actor, id, { kind: "export", format: "pdf" }),
      () => jsonResponse(404, { error: "No such screening" }),
    );
  },
});
