/**
 * The screening list as CSV: GET with the list's own filters (the same query string as /screenings), every
 * matching screening from the first, streamed. Refused without a clinician's session (the wrapper), audited
 * when it starts (lib/db), never cached.
 */
import { screeningsCsvResponse } from "@/app/_exports/screening-files";
import { fieldErrorsFromIssues } from "@/lib/actions/define-action";
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { screeningListFilterSchema, screeningListQueryOf } from "@/lib/screening/list-filter";
import { actorFor } from "@/lib/server/request-context.server";
import { routeHandler } from "@/lib/server/route-handler";
import { queryRecord } from "@/lib/validation/query-params";

export const GET = routeHandler({
  access: "clinician",
  name: "screenings-csv",
  handler: async (request, user) => {
    const params = queryRecord(new URL(request.url).searchParams);
    // The whole list is exported, whichever page the clinician was on.
    delete params.after;
    const parsed = screeningListFilterSchema.safeParse(params);
    if (!parsed.success) return jsonResponse(400, { fieldErrors: fieldErrorsFromIssues(parsed.error.issues) });
    const query = screeningListQueryOf(parsed.data);
    if (!query) return jsonResponse(400, { fieldErrors: { status: ["Drafts are not exported: choose another status"] } });
    return screeningsCsvResponse(await actorFor(user), query);
  },
});
