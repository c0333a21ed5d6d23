import { describe, expect, it, vi } from "vitest";

import { defineRouteHandler, isCrossSite, REFUSALS, TemporarilyUnavailableError, type DefineRouteHandlerOptions } from "@/lib/actions/define-route-handler";

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

  it("answers a passing shortage with a 503, its message and Retry-After, and logs nothing", async () => {
    const logError = vi.fn();
    const response = await defineRouteHandler(
      async () => {
        throw new TemporarilyUnavailableError("Busy just now. Try again in a few seconds.", 5);
      },
      { ...allow, logError },
    )(request("GET"), {});
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "Busy just now. Try again in a few seconds." });
    expect(logError).not.toHaveBeenCalled();
  });

  it("answers an outage the caller recognises with a 503 and Retry-After, logged once; any other error stays a 500", async () => {
    const logError = vi.fn();
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const isOutage = (error: unknown) => error === outage;
    const failing = (error: Error) =>
      defineRouteHandler(
        async () => {
          throw error;
        },
        { ...allow, logError, isOutage },
      )(request("GET"), {});

    const down = await failing(outage);
    expect(down.status).toBe(503);
    expect(down.headers.get("Retry-After")).toBe("5");
    expect(await down.json()).toEqual({ error: REFUSALS.outage });
    expect(logError).toHaveBeenCalledExactlyOnceWith(outage);

    const broken = await failing(new Error("a bug"));
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ error: REFUSALS.failed });
  });
});

describe("defineRouteHandler: authorize and answers", () => {
  const marker = (what: string) => () => new Response(what, { status: 418 });
  const customAnswers = {
    crossSite: marker("cross-site"),
    refused: (status: 401 | 403) => new Response(`refused ${status}`, { status }),
    unavailable: marker("unavailable"),
    failed: marker("failed"),
  };

  it("gives authorize the request itself, before the handler runs", async () => {
    const order: string[] = [];
    const authorize = vi.fn<DefineRouteHandlerOptions<typeof USER>["authorize"]>(async () => {
      order.push("authorize");
      return { ok: true as const, user: USER };
    });
    const handler = vi.fn(async () => {
      order.push("handler");
      return new Response("ok");
    });
    const sent = request("POST", { authorization: "Bearer abc" });
    await defineRouteHandler(handler, { authorize })(sent, {});
    expect(authorize).toHaveBeenCalledWith(sent);
    expect(authorize.mock.calls[0]?.[0].headers.get("authorization")).toBe("Bearer abc");
    expect(order).toEqual(["authorize", "handler"]);
  });

  it("answers an authorize that throws with the failed answer (500), logged, without calling the handler", async () => {
    const logError = vi.fn();
    const handler = vi.fn(async () => new Response("secret"));
    const route = defineRouteHandler(handler, {
      authorize: async () => {
        throw new Error("database locked while reading token of Jane Doe");
      },
      logError,
    });
    const response = await route(request("GET"), {});
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: REFUSALS.failed });
    expect(handler).not.toHaveBeenCalled();
    expect(logError).toHaveBeenCalledOnce();
  });

  it("uses the given answers for a refusal, a cross-site request and a failure", async () => {
    const refuse = (status: 401 | 403) => defineRouteHandler(async () => new Response("secret"), { authorize: async () => ({ ok: false, status }), answers: customAnswers });
    expect(await (await refuse(401)(request("GET"), {})).text()).toBe("refused 401");
    expect(await (await refuse(403)(request("GET"), {})).text()).toBe("refused 403");

    const crossSite = await defineRouteHandler(async () => new Response("ok"), { ...allow, answers: customAnswers })(request("POST", { origin: "https://evil.example" }), {});
    expect(await crossSite.text()).toBe("cross-site");

    const failing = defineRouteHandler(
      async () => {
        throw new Error("boom");
      },
      { ...allow, answers: customAnswers, logError: () => undefined },
    );
    expect(await (await failing(request("GET"), {})).text()).toBe("failed");

    const busy = defineRouteHandler(
      async () => {
        throw new TemporarilyUnavailableError("busy", 1);
      },
      { ...allow, answers: customAnswers },
    );
    expect(await (await busy(request("GET"), {})).text()).toBe("unavailable");
  });

  it("answers an outage with its unavailable answer and any other error with its failed answer", async () => {
    const outage = new Error("down");
    const failing = (error: Error) =>
      defineRouteHandler(
        async () => {
          throw error;
        },
        { ...allow, answers: customAnswers, logError: () => undefined, isOutage: (thrown) => thrown === outage },
      )(request("GET"), {});
    expect(await (await failing(outage)).text()).toBe("unavailable");
    expect(await (await failing(new Error("boom"))).text()).toBe("failed");
  });

  it("keeps a Cache-Control the handler chose (the public OpenAPI document), and adds no-store where it chose none", async () => {
    const cached = await defineRouteHandler(async () => new Response("{}", { headers: { "Cache-Control": "public, max-age=300" } }), allow)(request("GET"), {});
    expect(cached.headers.get("Cache-Control")).toBe("public, max-age=300");
    const plain = await defineRouteHandler(async () => new Response("{}"), allow)(request("GET"), {});
    expect(plain.headers.get("Cache-Control")).toBe("no-store");
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
