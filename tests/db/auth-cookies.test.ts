/**
 * The session cookie as better-auth is configured to set it: HttpOnly and SameSite=Lax always; over HTTPS also
 * Secure with the __Secure- prefix (ASVS V3.3). Read from the configured instance, on a real database.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);

async function sessionCookie(appUrl: string) {
  vi.resetModules();
  vi.stubEnv("APP_URL", appUrl);
  vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-long-enough-to-be-accepted");
  (globalThis as { __ketamineScreeningAuth?: unknown }).__ketamineScreeningAuth = undefined;
  const { getAuth } = await import("@/lib/server/auth.server");
  const context = await (await getAuth()).$context;
  return context.authCookies.sessionToken;
}

afterEach(() => {
  vi.unstubAllEnvs();
  (globalThis as { __ketamineScreeningAuth?: unknown }).__ketamineScreeningAuth = undefined;
});

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax over HTTP, without Secure", async () => {
    const cookie = await sessionCookie("http://127.0.0.1:3000");
    expect(cookie.name).toBe("ks.session_token");
    expect(cookie.attributes).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("is also Secure, with the __Secure- prefix, when the app is served over HTTPS", async () => {
    const cookie = await sessionCookie("https://screening.clinic.example");
    expect(cookie.name).toBe("__Secure-ks.session_token");
    expect(cookie.attributes).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });
});
