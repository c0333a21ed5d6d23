/** `POST /api/v1/assessments`: today's rules on a screening, nothing stored (lib/api/operations.ts). */
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { API_OPERATIONS } from "@/lib/api/operations";
import { parseJsonRequest } from "@/lib/api/parse-request";
import { assessmentRequestSchema } from "@/lib/api/requests";
import { assessmentResource } from "@/lib/api/resources";
import { assess } from "@/lib/rules";
import { apiRoute } from "@/lib/server/api-route.server";

export const POST = apiRoute(API_OPERATIONS.evaluateScreening, async (request) => {
  const input = await parseJsonRequest(request, assessmentRequestSchema);
  if (!input.ok) return input.response;
  return jsonResponse(200, assessmentResource(assess(input.value)));
});
