/**
 * `POST /api/v1/screenings` stores a screening as the form does (same schema, same rules, same idempotency on
 * `submissionId`); `GET /api/v1/screenings` lists them with the list page's filters (lib/api/operations.ts).
 */
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { apiError, validationFailed } from "@/lib/api/errors";
import { API_BASE_PATH, API_OPERATIONS } from "@/lib/api/operations";
import { parseJsonRequest, parseListQuery } from "@/lib/api/parse-request";
import { createScreeningRequestSchema } from "@/lib/api/requests";
import { screeningListResource, screeningResource } from "@/lib/api/resources";
import { getScreening } from "@/lib/db/get-screening.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import { assess } from "@/lib/rules";
import { apiRoute, type ApiCaller } from "@/lib/server/api-route.server";

/** The data layer names fields within the screening input ("patient.fullName"); the request nests it. */
function asRequestPaths(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([path, messages]) => [path === "patientId" ? path : `screening.${path}`, messages]));
}

async function createScreening(request: Request, { actor, use }: ApiCaller): Promise<Response> {
  const body = await parseJsonRequest(request, createScreeningRequestSchema);
  if (!body.ok) return body.response;
  const { submissionId, patientId, screening, confirmedIdentityChange } = body.value;
  const saved = await saveScreening({ actor, submissionId, patientId, input: screening, assessment: assess(screening), confirmedIdentityChange, alsoAudit: [use.event] });
  if (saved.ok && !saved.duplicate) use.markRecorded();
  if (!saved.ok && saved.identityChange) {
    return apiError(409, "conflict", "The identity sent differs from the patient's record. Nothing was stored; resend with confirmedIdentityChange to change the record.", {
      identityChange: saved.identityChange,
    });
  }
  // The form's amendment path is not offered here, so no other refusal can come back.
  if (!saved.ok) return validationFailed(asRequestPaths(saved.fieldErrors ?? {}));
  const stored = await getScreening(actor, saved.screeningId, saved.duplicate ? { kind: "view" } : { kind: "just-stored" });
  if (!stored) throw new Error("A screening just stored could not be read back");
  const location = `${API_BASE_PATH}/screenings/${stored.id}`;
  return jsonResponse(saved.duplicate ? 200 : 201, screeningResource(stored), { headers: { Location: location } });
}

// The token's use is audited in the save's transaction: one commit (and flush to disk) per screening, not two.
export const POST = apiRoute(API_OPERATIONS.createScreening, createScreening, { recordsUseWithItsWrites: true });

export const GET = apiRoute(API_OPERATIONS.listScreenings, async (request, { actor }) => {
  const query = parseListQuery(request, { wholeList: false });
  if (!query.ok) return query.response;
  return jsonResponse(200, screeningListResource(await listScreenings(actor, query.value)));
});
