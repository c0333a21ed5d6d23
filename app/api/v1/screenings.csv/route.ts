/** `GET /api/v1/screenings.csv`: every screening matching the list's filters, streamed as CSV. */
import { screeningsCsvResponse } from "@/app/_exports/screening-files";
import { API_OPERATIONS } from "@/lib/api/operations";
import { parseListQuery } from "@/lib/api/parse-request";
import { apiRoute } from "@/lib/server/api-route.server";

export const GET = apiRoute(API_OPERATIONS.exportScreeningsCsv, async (request, { actor }) => {
  const query = parseListQuery(request, { wholeList: true });
  return query.ok ? screeningsCsvResponse(actor, query.value) : query.response;
});
