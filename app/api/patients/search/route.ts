/**
 * The patient search box's server side: POST `{ "q": "…" }`, answered with at most 20 patients, best first.
 * A POST with a JSON body rather than GET `?q=`, because what the clinician typed is a patient's name or record
 * number and must not end up in a URL (proxy and server logs, browser history). The wrapper refuses cross-site
 * POSTs, checks the clinician's session before the body is read, and marks every answer `no-store`.
 */
import { fieldErrorsFromIssues, FORM_LEVEL_KEY } from "@/lib/actions/define-action";
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { searchPatients } from "@/lib/db/search-patients.server";
import { patientSearchRequestSchema, patientSearchResponseSchema } from "@/lib/patients/patient-query";
import { actorFor } from "@/lib/server/request-context.server";
import { routeHandler } from "@/lib/server/route-handler";

/** Far more than `{"q": <100 characters>}` needs, even escaped. */
const MAX_BODY_CHARACTERS = 2_000;

function badRequest(message: string): Response {
  return jsonResponse(400, { fieldErrors: { [FORM_LEVEL_KEY]: [message] } });
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.length > MAX_BODY_CHARACTERS) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export const POST = routeHandler({
  access: "clinician",
  name: "patient-search",
  handler: async (request, user) => {
    const body = await readJson(request);
    if (!body.ok) return badRequest('Send a JSON body such as {"q": "Smith"}.');
    const parsed = patientSearchRequestSchema.safeParse(body.value);
    if (!parsed.success) return jsonResponse(400, { fieldErrors: fieldErrorsFromIssues(parsed.error.issues) });
    const patients = await searchPatients(await actorFor(user), parsed.data.q);
    // Only the checked fields leave: a field added to PatientOption later does not reach the browser unnoticed.
    return jsonResponse(200, patientSearchResponseSchema.parse({ patients }));
  },
});
