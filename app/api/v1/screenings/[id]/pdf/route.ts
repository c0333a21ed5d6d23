/** `GET /api/v1/screenings/{id}/pdf`: the printable summary (as the app's own download). */
import { screeningPdfResponse } from "@/app/_exports/screening-files";
import { notFound } from "@/lib/api/errors";
import { API_OPERATIONS } from "@/lib/api/operations";
import { getScreening } from "@/lib/db/get-screening.server";
import { apiRoute } from "@/lib/server/api-route.server";

export const GET = apiRoute<{ params: Promise<{ id: string }> }>(API_OPERATIONS.getScreeningPdf, async (_request, { actor }, { params }) => {
  const { id } = await params;
  return screeningPdfResponse(
    () => getScreening(actor, id, { kind: "export", format: "pdf" }),
    () => notFound("screening"),
  );
});
