/**
 * The headers a clinician's browser gets from the production server (proxy.ts, next.config.ts and
 * scripts/http-server.ts together). Pages may later redirect to sign-in: each check covers the first response
 * (whatever its status) and the page the redirects end on.
 */
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

const PAGES = ["/screenings", "/screenings/new", "/source", "/no-such-page"] as const;

/** The policy as a map from directive to its sources. */
function directivesOf(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()["content-security-policy"];
  expect(policy, `${response.url()} has a Content-Security-Policy`).toBeTruthy();
  return new Map(
    (policy ?? "").split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function nonceOf(response: APIResponse): string {
  const nonces = (directivesOf(response).get("script-src") ?? []).flatMap((source) => /^'nonce-(.+)'$/.exec(source)?.[1] ?? []);
  expect(nonces, `one nonce in ${response.url()}'s script-src`).toHaveLength(1);
  return nonces[0] ?? "";
}

function expectSecurityHeaders(response: APIResponse): void {
  const directives = directivesOf(response);
  const scriptSources = directives.get("script-src") ?? [];
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  nonceOf(response);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  // Plain HTTP here: no upgrade to an HTTPS port that does not exist, and no HSTS.
  expect(directives.has("upgrade-insecure-requests")).toBe(false);
  expectFixedHeaders(response);
}

/** What every response gets, pages and static files alike. */
function expectFixedHeaders(response: APIResponse): void {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers).not.toHaveProperty("x-powered-by");
  expect(headers).not.toHaveProperty("strict-transport-security");
}

/** The response to `path` itself, and the one its redirects (if any) end on. */
async function firstAndFinal(request: APIRequestContext, path: string): Promise<[APIResponse, APIResponse]> {
  return [await request.get(path, { maxRedirects: 0 }), await request.get(path)];
}

/** The `nonce` attribute of every `<script>` tag in the HTML (an absent one as ""). */
function scriptNonces(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((match) => /\snonce="([^"]*)"/.exec(match[0])?.[1] ?? "");
}

for (const path of PAGES) {
  test(`${path} is served with the Content Security Policy and the security headers`, async ({ request }) => {
    for (const response of await firstAndFinal(request, path)) expectSecurityHeaders(response);
  });

  test(`${path}: every script carries the nonce of its response's policy`, async ({ request }) => {
    const [, page] = await firstAndFinal(request, path);
    const nonces = scriptNonces(await page.text());
    expect(nonces.length, "the page has scripts").toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonceOf(page)]));
  });
}

test("two responses for the same page have different nonces", async ({ request }) => {
  const first = await request.get("/screenings", { maxRedirects: 0 });
  const second = await request.get("/screenings", { maxRedirects: 0 });
  expect(nonceOf(first)).not.toBe(nonceOf(second));
});

test("a JSON POST to an API path gets the same headers", async ({ request }) => {
  const response = await request.post("/api/no-such-endpoint", { data: { probe: true }, maxRedirects: 0 });
  expectSecurityHeaders(response);
});

test("a client claiming HTTPS and another address in forwarded headers is not believed", async ({ request }) => {
  // The app's HTTP server drops these; were X-Forwarded-Proto believed, the proxy would send HSTS.
  const response = await request.get("/screenings", {
    maxRedirects: 0,
    headers: { "X-Forwarded-Proto": "https", Forwarded: "for=198.51.100.1;proto=https", "X-Forwarded-For": "198.51.100.1" },
  });
  expectSecurityHeaders(response);
});

test("static files get nosniff and the other fixed headers", async ({ request }) => {
  const page = await request.get("/screenings");
  const scriptPath = /<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+)"/.exec(await page.text())?.[1];
  expect(scriptPath, "the page loads a script from /_next/static").toBeTruthy();
  for (const path of [scriptPath ?? "", "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectFixedHeaders(response);
  }
});
