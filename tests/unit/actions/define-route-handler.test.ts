import { describe, expect, it, vi } from "vitest";

import { defineRouteHandler, isCrossSite, REFUSALS } from "@/lib/actions/define-route-handler";

const USER = { id: "u-1" };
const allow = { authorize: async () => ({ ok: true as const, user: USER }) };

function request(method: string, headers: Record<string, string> = {}) {
  return new Request("http://127.0.0.1:3000/api/thing", { method, headers: { host: "127.0.0.1:3000", ...headers } });
}

describe("defineRouteHandler", () => {
  it("calls the handler with the user and marks the answer uncacheable", async () => {
    const handler = vi.fn(async (_request: Request, user: typeof USER) => Response.json({ who: user.id }));
    const response = await defineRouteHandler(handler, allow)(request("GET"), {});
    expect(await response.json()).toEqual({ who: "u-1" });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it.each([401, 403] as const)("answers a refusal (%s) as JSON before the handler runs", async (status) => {
    const handler = vi.fn(async () => new Response("secret"));
    const response = await defineRouteHandler(handler, { authorize: async () => ({ ok: false, status }) })(request("POST"), {});
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: REFUSALS[status] });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a cross-site POST before looking at the session", async () => {
    const authorize = vi.fn(allow.authorize);
    const response = await defineRouteHandler(async () => new Response("ok"), { authorize })(request("POST", { origin: "https://evil.example" }), {});
    expect(response.status).toBe(403);
    expect(authorize).not.toHaveBeenCalled();
  });

  it("answers a thrown error with a 500 that says nothing of it, and logs no message", async () => {
    const logError = vi.fn();
    const response = await defineRouteHandler(
      async () => {
        throw new Error("patient Jane Doe");
      },
      { ...allow, logError },
    )(request("GET"), {});
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("Jane");
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe("isCrossSite", () => {
  it.each([
    ["GET", { origin: "https://evil.example" }, false],
    ["POST", {}, false],
    ["POST", { origin: "http://127.0.0.1:3000" }, false],
    ["POST", { origin: "http://localhost:3000" }, true],
    ["DELETE", { origin: "null" }, true],
    ["PUT", { origin: "https://evil.example" }, true],
  ] as const)("%s with %o is cross-site: %s", (method, headers, expected) => {
    expect(isCrossSite(request(method, headers))).toBe(expected);
  });
});
