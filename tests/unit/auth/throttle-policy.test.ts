import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  accountThrottleKey,
  addressThrottleKey,
  checkThrottleStates,
  DEFAULT_THROTTLE_POLICY,
  limitFor,
  minutesUntil,
  stateAfterFailure,
  throttledMessage,
  throttlePolicy,
  type ThrottleKey,
  type ThrottleLimit,
  type ThrottleState,
} from "@/lib/auth/throttle-policy";
import { at, MINUTE_MS, T0 } from "@/tests/support/test-clock";

const ACCOUNT = DEFAULT_THROTTLE_POLICY.account;

/** Failures at the given minutes, one after another, from no counter. */
function failAt(minutes: readonly number[], limit: ThrottleLimit = ACCOUNT): ThrottleState | null {
  return minutes.reduce<ThrottleState | null>((state, minute) => stateAfterFailure(state, at(minute), limit), null);
}

describe("the policy as data", () => {
  it("is 5 failures per account and 20 per address within 15 minutes, each locking for 15 minutes", () => {
    expect(DEFAULT_THROTTLE_POLICY).toEqual({
      account: { maxFailures: 5, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS },
      address: { maxFailures: 20, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS },
    });
  });

  it("takes overrides for tests without changing the defaults", () => {
    const policy = throttlePolicy({ account: { maxFailures: 2 }, address: { lockMs: 1000 } });
    expect(policy.account).toEqual({ ...DEFAULT_THROTTLE_POLICY.account, maxFailures: 2 });
    expect(policy.address).toEqual({ ...DEFAULT_THROTTLE_POLICY.address, lockMs: 1000 });
    expect(DEFAULT_THROTTLE_POLICY.account.maxFailures).toBe(5);
  });

  it("chooses the limit by the key's kind and refuses an unknown kind", () => {
    expect(limitFor(accountThrottleKey("a@b.org"))).toBe(DEFAULT_THROTTLE_POLICY.account);
    expect(limitFor(addressThrottleKey("192.0.2.1"))).toBe(DEFAULT_THROTTLE_POLICY.address);
    expect(() => limitFor("user:someone" as ThrottleKey)).toThrow(/Unknown sign-in throttle key kind/);
  });
});

describe("keys", () => {
  it("normalise the email: trimmed and lower-case", () => {
    expect(accountThrottleKey("  Dr.Ada@Clinic.EXAMPLE ")).toBe("account:dr.ada@clinic.example");
    expect(accountThrottleKey("dr.ada@clinic.example")).toBe(accountThrottleKey("DR.ADA@CLINIC.EXAMPLE"));
  });

  it("normalise the address (IPv6 in any case)", () => {
    expect(addressThrottleKey(" 2001:DB8::1 ")).toBe("address:2001:db8::1");
    expect(addressThrottleKey("192.0.2.10")).toBe("address:192.0.2.10");
  });
});

describe("minutesUntil", () => {
  it.each([
    [15 * MINUTE_MS, 15],
    [14 * MINUTE_MS + 1, 15],
    [MINUTE_MS, 1],
    [MINUTE_MS + 1, 2],
    [30_000, 1],
    [1, 1],
  ])("%i ms left is %i minute(s), rounded up", (left, minutes) => {
    expect(minutesUntil(new Date(T0.getTime() + left), T0)).toBe(minutes);
  });

  it("is at least 1 and never under the time left, for any lock still in force", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 * 24 * 60 * MINUTE_MS }), (left) => {
        const minutes = minutesUntil(new Date(T0.getTime() + left), T0);
        expect(minutes).toBeGreaterThanOrEqual(1);
        expect(minutes * MINUTE_MS).toBeGreaterThanOrEqual(left);
        expect((minutes - 1) * MINUTE_MS).toBeLessThan(left);
      }),
    );
  });
});

describe("stateAfterFailure", () => {
  it("opens a window at the first failure", () => {
    expect(failAt([0])).toEqual({ failures: 1, windowStartedAt: T0, lockedUntil: null });
  });

  it("locks at the 5th failure within the window, for 15 minutes from that failure", () => {
    expect(failAt([0, 1, 2, 3])?.lockedUntil).toBeNull();
    expect(failAt([0, 1, 2, 3, 14])).toEqual({ failures: 5, windowStartedAt: T0, lockedUntil: at(29) });
  });

  it("starts a new window once 15 minutes have passed since the window opened", () => {
    expect(failAt([0, 1, 2, 3, 15])).toEqual({ failures: 1, windowStartedAt: at(15), lockedUntil: null });
  });

  it("counts failures while locked without extending the lock", () => {
    expect(failAt([0, 0, 0, 0, 0, 10])).toEqual({ failures: 6, windowStartedAt: T0, lockedUntil: at(15) });
  });

  it("gives a full set of attempts again after a served lock, even when the window is longer", () => {
    const limit = { maxFailures: 2, windowMs: 60 * MINUTE_MS, lockMs: 5 * MINUTE_MS };
    expect(failAt([0, 1], limit)?.lockedUntil).toEqual(at(6));
    expect(failAt([0, 1, 7], limit)).toEqual({ failures: 1, windowStartedAt: at(7), lockedUntil: null });
  });

  it("locks the address at 20 failures", () => {
    const address = DEFAULT_THROTTLE_POLICY.address;
    const minutes = Array.from({ length: 19 }, (_, i) => i * 0.5);
    expect(failAt(minutes, address)?.lockedUntil).toBeNull();
    expect(failAt([...minutes, 10], address)?.lockedUntil).toEqual(at(25));
  });

  it("for any sequence of failures: the window is current, and locked exactly when it holds the limit", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 * MINUTE_MS }), { maxLength: 30 }), (gaps) => {
        let now = T0.getTime();
        let state: ThrottleState | null = null;
        for (const gap of gaps) {
          now += gap;
          state = stateAfterFailure(state, new Date(now), ACCOUNT);
          expect(state.failures).toBeGreaterThanOrEqual(1);
          expect(state.windowStartedAt.getTime()).toBeLessThanOrEqual(now);
          expect(now - state.windowStartedAt.getTime()).toBeLessThan(ACCOUNT.windowMs);
          expect(state.lockedUntil !== null).toBe(state.failures >= ACCOUNT.maxFailures);
          if (state.lockedUntil) expect(state.lockedUntil.getTime() - now).toBeLessThanOrEqual(ACCOUNT.lockMs);
        }
      }),
    );
  });
});

describe("checkThrottleStates", () => {
  it("allows when no key is locked, or the locks have run out", () => {
    expect(checkThrottleStates([], T0)).toEqual({ allowed: true });
    expect(checkThrottleStates([{ lockedUntil: null }, { lockedUntil: T0 }], T0)).toEqual({ allowed: true });
  });

  it("refuses when any key is locked, with the longest wait", () => {
    const states = [{ lockedUntil: at(3) }, { lockedUntil: null }, { lockedUntil: at(12.2) }, { lockedUntil: at(-1) }];
    expect(checkThrottleStates(states, T0)).toEqual({ allowed: false, retryAfterMinutes: 13 });
  });

  it("never says less than 1 minute while locked", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -60 * MINUTE_MS, max: 60 * MINUTE_MS }), { nil: null })), (offsets) => {
        const check = checkThrottleStates(
          offsets.map((offset) => ({ lockedUntil: offset === null ? null : new Date(T0.getTime() + offset) })),
          T0,
        );
        const anyLocked = offsets.some((offset) => offset !== null && offset > 0);
        expect(check.allowed).toBe(!anyLocked);
        if (!check.allowed) expect(check.retryAfterMinutes).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("throttledMessage", () => {
  it("says how many minutes, in singular or plural", () => {
    expect(throttledMessage(15)).toBe("Too many sign-in attempts. Try again in 15 minutes.");
    expect(throttledMessage(1)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(throttledMessage(0)).toBe("Too many sign-in attempts. Try again in 1 minute.");
  });

  it("depends on the wait only: never the email, and the same for an account that exists or not", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.integer({ min: 1, max: 7 * 24 * 60 * MINUTE_MS }), (email, left) => {
        // The whole path from a locked counter to the text, for this email's key.
        const key = accountThrottleKey(email);
        const check = checkThrottleStates([{ lockedUntil: new Date(T0.getTime() + left) }], T0);
        if (check.allowed) throw new Error("expected a lock");
        const message = throttledMessage(check.retryAfterMinutes);
        expect(message).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
        expect(message.toLowerCase()).not.toContain(key.slice("account:".length));
        expect(message).toBe(throttledMessage(minutesUntil(new Date(T0.getTime() + left), T0)));
      }),
    );
  });
});
