import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { activityIsStale, DEFAULT_SESSION_POLICY, sessionEndsAt, sessionPolicyFromEnv, sessionState } from "@/lib/auth/session-policy";

describe("sessionPolicyFromEnv", () => {
  it("defaults to a 15-minute idle logoff with a 1-minute warning, a 12-hour limit and a required second factor", () => {
    expect(sessionPolicyFromEnv({})).toEqual({ idleTimeoutSeconds: 900, idleWarningSeconds: 60, absoluteTimeoutSeconds: 43_200, requireMfa: true });
  });

  it("reads shortened timeouts and REQUIRE_MFA", () => {
    expect(
      sessionPolicyFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: "20", SESSION_IDLE_WARNING_SECONDS: "10", SESSION_ABSOLUTE_TIMEOUT_SECONDS: "60", REQUIRE_MFA: "false" }),
    ).toEqual({ idleTimeoutSeconds: 20, idleWarningSeconds: 10, absoluteTimeoutSeconds: 60, requireMfa: false });
  });

  it.each([
    [{ SESSION_IDLE_TIMEOUT_SECONDS: "0" }, /SESSION_IDLE_TIMEOUT_SECONDS/],
    [{ SESSION_IDLE_TIMEOUT_SECONDS: "fifteen" }, /SESSION_IDLE_TIMEOUT_SECONDS/],
    [{ SESSION_ABSOLUTE_TIMEOUT_SECONDS: "1.5" }, /SESSION_ABSOLUTE_TIMEOUT_SECONDS/],
    [{ SESSION_IDLE_TIMEOUT_SECONDS: "60", SESSION_IDLE_WARNING_SECONDS: "60" }, /shorter/],
    [{ REQUIRE_MFA: "maybe" }, /REQUIRE_MFA/],
  ])("refuses a malformed value rather than weakening a limit: %o", (env, message) => {
    expect(() => sessionPolicyFromEnv(env)).toThrow(message);
  });
});

describe("session state", () => {
  const policy = DEFAULT_SESSION_POLICY;
  const signedIn = new Date("2026-11-25T08:00:00Z");
  const expiresAt = new Date(signedIn.getTime() + policy.absoluteTimeoutSeconds * 1000);

  it("is active until 15 minutes after the last activity, then idle-expired", () => {
    const lastActiveAt = new Date("2026-11-25T09:00:00Z");
    expect(sessionState(policy, { lastActiveAt, expiresAt }, new Date(lastActiveAt.getTime() + 899_999))).toBe("active");
    expect(sessionState(policy, { lastActiveAt, expiresAt }, new Date(lastActiveAt.getTime() + 900_000))).toBe("idle-expired");
  });

  it("ends at the absolute limit however active", () => {
    expect(sessionState(policy, { lastActiveAt: expiresAt, expiresAt }, expiresAt)).toBe("expired");
  });

  it("property: the deadline is never later than the absolute limit nor than 15 minutes after activity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: policy.absoluteTimeoutSeconds * 1000 }), (activeAfter) => {
        const lastActiveAt = new Date(signedIn.getTime() + activeAfter);
        const ends = sessionEndsAt(policy, lastActiveAt, expiresAt).getTime();
        expect(ends).toBeLessThanOrEqual(expiresAt.getTime());
        expect(ends).toBeLessThanOrEqual(lastActiveAt.getTime() + policy.idleTimeoutSeconds * 1000);
        expect(sessionState(policy, { lastActiveAt, expiresAt }, new Date(ends))).not.toBe("active");
        if (ends > lastActiveAt.getTime()) expect(sessionState(policy, { lastActiveAt, expiresAt }, new Date(ends - 1))).toBe("active");
      }),
    );
  });

  it("writes activity at most every 10 seconds", () => {
    const at = new Date("2026-11-25T09:00:00Z");
    expect(activityIsStale(at, new Date(at.getTime() + 9_999))).toBe(false);
    expect(activityIsStale(at, new Date(at.getTime() + 10_000))).toBe(true);
  });
});
