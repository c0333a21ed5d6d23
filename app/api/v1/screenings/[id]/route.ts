/** `GET /api/v1/screenings/{id}`: one screening, audited as viewed by the token's account. */
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { notFound } from "@/lib/api/errors";
import { API_OPERATIONS } from "@/lib/api/operations";
import { screeningResource } from "@/lib/api/resources";
import { getScreening } from "@/lib/db/get-screening.server";
import { apiRoute } from "@/lib/server/api-route.server";

export const GET = apiRoute<{ params: Promise<{ id: string }> }>(API_OPERATIONS.getScreening, async (_request, { actor }, { params }) => {
  const screening = await getScreening(actor, (await params).id);
  return screening ? jsonResponse(200, screeningResource(screening)) : notFound("screening");
});
