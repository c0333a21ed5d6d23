/** `GET /api/v1/screenings/{id}/fhir`: the FHIR R4 Bundle of the current version (as the app's own download). */
import { screeningFhirResponse } from "@/app/_exports/screening-files";
import { apiError, notFound } from "@/lib/api/errors";
import { API_OPERATIONS } from "@/lib/api/operations";
import { getScreening } from "@/lib/db/get-screening.server";
import { apiRoute } from "@/lib/server/api-route.server";

export const GET = apiRoute<{ params: Promise<{ id: string }> }>(API_OPERATIONS.getScreeningFhir, async (_request, { actor }, { params }) => {
  const screening = await getScreening(actor, (await params).id, { kind: "export", format: "fhir" });
  if (!screening) return notFound("screening");
  if (screening.versions.amendedById) {
    return apiError(409, "conflict", `This version was replaced by an amendment: export the current version, ${screening.versions.amendedById}.`);
  }
  return screeningFhirResponse(screening);
});
