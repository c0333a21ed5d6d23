/**
 * TOTP arithmetic against RFC 6238's own test vectors (Appendix B, SHA-1), and the step matching that lets the
 * server accept each code once.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { hotp, matchingTotpStep, TOTP_PARAMETERS, totpStep } from "@/lib/auth/totp";

const RFC_KEY = new TextEncoder().encode("12345678901234567890");

describe("HOTP/TOTP as RFC 6238 Appendix B gives them (SHA-1, 8 digits, 30 s)", () => {
  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("at %i s the code is %s", (seconds, code) => {
    expect(hotp(RFC_KEY, totpStep(new Date(seconds * 1000)), 8)).toBe(code);
  });

  it("RFC 4226 Appendix D: the first HOTP values of its key", () => {
    expect([0, 1, 2, 3, 9].map((counter) => hotp(RFC_KEY, counter, 6))).toEqual(["755224", "287082", "359152", "969429", "520489"]);
  });
});

describe("matchingTotpStep", () => {
  const now = new Date(1_800_000_000_000);
  const step = totpStep(now);

  it("finds the step of the current code and of the codes either side (clock drift)", () => {
    for (const offset of [-1, 0, 1]) expect(matchingTotpStep(RFC_KEY, hotp(RFC_KEY, step + offset, 6), now)).toBe(step + offset);
  });

  it("finds nothing for codes two steps away, malformed codes, or codes with the wrong length", () => {
    expect(matchingTotpStep(RFC_KEY, hotp(RFC_KEY, step + 2, 6), now)).toBeNull();
    expect(matchingTotpStep(RFC_KEY, hotp(RFC_KEY, step - 2, 6), now)).toBeNull();
    for (const code of ["", "12345", "1234567", "12a456", " 12 34 ", "１２３４５６"]) {
      expect(matchingTotpStep(RFC_KEY, code, now)).toBeNull();
    }
  });

  it("accepts surrounding spaces as typed, and the code alone decides the step", () => {
    expect(matchingTotpStep(RFC_KEY, ` ${hotp(RFC_KEY, step, 6)} `, now)).toBe(step);
  });

  it("property: for any key and time, the current code matches the current step or a neighbour with the same code", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 40 }), fc.integer({ min: 0, max: 4_000_000_000 }), (key, seconds) => {
        const at = new Date(seconds * 1000);
        const current = totpStep(at);
        const code = hotp(key, current, TOTP_PARAMETERS.digits);
        const matched = matchingTotpStep(key, code, at);
        expect(matched).not.toBeNull();
        expect(Math.abs((matched ?? 0) - current)).toBeLessThanOrEqual(1);
        expect(hotp(key, matched ?? -1, TOTP_PARAMETERS.digits)).toBe(code);
      }),
    );
  });
});
