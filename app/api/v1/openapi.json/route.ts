/** `GET /api/v1/openapi.json`: the API's OpenAPI 3.1 document, generated (lib/api/openapi.ts). Holds no data. */
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { openApiDocument } from "@/lib/api/openapi";
import { API_VERSION } from "@/lib/api/operations";
import { appUrl } from "@/lib/server/auth.server";
import { routeHandler } from "@/lib/server/route-handler";

let document: ReturnType<typeof openApiDocument> | undefined;

export const GET = routeHandler({
  access: "public",
  name: "openapi",
  handler: async () => {
    document ??= openApiDocument({ origin: appUrl().origin, version: API_VERSION });
    return jsonResponse(200, document, { headers: { "Cache-Control": "public, max-age=300" } });
  },
});
