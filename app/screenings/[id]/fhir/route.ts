/**
 * A screening as a FHIR R4 Bundle (lib/exports/fhir): refused without a clinician's session, audited as an
 * export, never cached. Only the current version is exported: a replaced version would reach another system
 * with nothing saying it was corrected, so its request is refused with a pointer to the version that replaced it.
 */
import { screeningFhirResponse } from "@/app/_exports/screening-files";
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { getScreening } from "@/lib/db/get-screening.server";
import { actorFor } from "@/lib/server/request-context.server";
import { routeHandler } from "@/lib/server/route-handler";

export const GET = routeHandler<"clinician", { params: Promise<{ id: string }> }>({
  access: "clinician",
  name: "screening-fhir",
  handler: async (_request, user, { params }) => {
    const { id } = await params;
    const screening = await getScreening(await actorFor(user), id, { kind: "export", format: "fhir" });
    if (!screening) return jsonResponse(404, { error: "No such screening" });
    if (screening.versions.amendedById) {
      return jsonResponse(409, { error: "This version was replaced by an amendment: export the current version.", currentVersion: `/screenings/${screening.versions.amendedById}/fhir` });
    }
    return screeningFhirResponse(screening);
  },
});
