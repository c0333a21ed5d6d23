/**
 * Every refusal of the API has one shape, `{ error: { code, message, fieldErrors? } }`, is JSON, and is never
 * cached; 401 tells the caller how to authenticate (RFC 6750: `WWW-Authenticate: Bearer`).
 */
import { describe, expect, it } from "vitest";

import { API_ERROR_CODES, API_REFUSALS, apiError, apiErrorSchema, notFound, validationFailed } from "@/lib/api/errors";

const ANSWERS: ReadonlyArray<readonly [string, () => Response]> = [
  ...API_ERROR_CODES.map((code) => [`apiError ${code}`, () => apiError(400, code, `Message for ${code}`)] as const),
  ["validationFailed", () => validationFailed({ "screening.vitals.systolic": ["Enter a number"], form: ["Unknown field: x"] })],
  ["notFound", () => notFound("screening")],
  ["crossSite", API_REFUSALS.crossSite],
  ["refused 401", () => API_REFUSALS.refused(401)],
  ["refused 403", () => API_REFUSALS.refused(403)],
  ["a conflict with the identity change", () => apiError(409, "conflict", "Changed", { identityChange: [{ field: "fullName", from: "A", to: "B" }] })],
];

describe("API error answers", () => {
  it.each(ANSWERS)("%s has the error shape, and only it", async (_name, answer) => {
    const body: unknown = await answer().json();
    // The schema drops keys it does not name: equality means nothing else was sent.
    expect(apiErrorSchema.parse(body)).toEqual(body);
    expect(Object.keys(body as object)).toEqual(["error"]);
  });

  it.each(ANSWERS)("%s is JSON and never cached", (_name, answer) => {
    const response = answer();
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json\b/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers 401 with a Bearer challenge and the unauthorized code", async () => {
    const response = API_REFUSALS.refused(401);
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer\b/);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("answers 403 without a challenge", async () => {
    const response = API_REFUSALS.refused(403);
    expect(response.status).toBe(403);
    expect(response.headers.has("WWW-Authenticate")).toBe(false);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
  });

  it("keeps the status and the caller's headers, and still refuses caching", () => {
    const response = apiError(503, "service-unavailable", "Down", { headers: { "Retry-After": "5", "Cache-Control": "max-age=60" } });
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("names each bad field by its path on 422", async () => {
    const response = validationFailed({ "screening.vitals.systolic": ["Enter a number"] });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "validation-failed", fieldErrors: { "screening.vitals.systolic": ["Enter a number"] } } });
  });

  it("leaves fieldErrors out when there are none", async () => {
    const body = (await notFound("screening").json()) as { error: object };
    expect(body.error).not.toHaveProperty("fieldErrors");
    expect(body.error).not.toHaveProperty("identityChange");
  });
});
