import { describe, expect, it } from "vitest";

import {
  buildContentSecurityPolicy,
  generateNonce,
  isServedOverHttps,
  securityHeaders,
} from "@/lib/http/security-headers";

const NONCE = "AAECAwQFBgcICQoLDA0ODxAR";

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("generateNonce", () => {
  it("is base64 of at least 16 random bytes", () => {
    const nonce = generateNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(nonce, "base64").length).toBeGreaterThanOrEqual(16);
  });

  it("differs every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, generateNonce));
    expect(nonces.size).toBe(1000);
  });

  it("is accepted by the policy builder", () => {
    expect(() => buildContentSecurityPolicy({ nonce: generateNonce(), isDevelopment: false, https: false })).not.toThrow();
  });
});

describe("buildContentSecurityPolicy in production over HTTP", () => {
  const policy = directives(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: false, https: false }));

  it("runs only scripts with this response's nonce, and what they load", () => {
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
  });

  it("never allows inline or eval'd scripts", () => {
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it.each([
    ["default-src", ["'self'"]],
    ["style-src", ["'self'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["form-action", ["'self'"]],
  ])("%s is %j", (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it("does not upgrade requests to an HTTPS port that is not there", () => {
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("buildContentSecurityPolicy variants", () => {
  it("adds 'unsafe-eval' for the development server only", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: true, https: false }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests over HTTPS", () => {
    const policy = directives(buildContentSecurityPolicy({ nonce: NONCE, isDevelopment: false, https: true }));
    expect(policy.get("upgrade-insecure-requests")).toEqual([]);
  });

  it.each(["", "short", `${NONCE}'; script-src *`, `${NONCE} 'unsafe-inline'`, `${NONCE}\r\nX-Injected: 1`])(
    "refuses a nonce that is not base64 of 16+ bytes: %j",
    (nonce) => {
      expect(() => buildContentSecurityPolicy({ nonce, isDevelopment: false, https: false })).toThrow(/nonce/);
    },
  );
});

describe("securityHeaders", () => {
  it("sends the fixed headers over HTTP, without HSTS", () => {
    const headers = securityHeaders({ https: false });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
  });

  it("adds HSTS over HTTPS", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("denies camera, microphone and geolocation to every origin", () => {
    const features = new Map(
      (securityHeaders({ https: false })["Permissions-Policy"] ?? "").split(", ").map((entry) => entry.split("=") as [string, string]),
    );
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(features.get(feature)).toBe("()");
    expect([...features.values()].every((allowlist) => allowlist === "()")).toBe(true);
  });
});

describe("isServedOverHttps", () => {
  it.each([
    [{ forwardedProto: "https", appUrl: undefined }, true],
    [{ forwardedProto: "HTTPS ", appUrl: undefined }, true],
    [{ forwardedProto: "http", appUrl: "https://clinic.example" }, true],
    [{ forwardedProto: null, appUrl: "HTTPS://clinic.example" }, true],
    [{ forwardedProto: "http", appUrl: "http://localhost:3000" }, false],
    [{ forwardedProto: null, appUrl: undefined }, false],
    [{ forwardedProto: "https, http", appUrl: undefined }, false],
    [{ forwardedProto: undefined, appUrl: "" }, false],
  ])("%j → %s", (input, expected) => {
    expect(isServedOverHttps(input)).toBe(expected);
  });
});
