/**
 * TOTP (RFC 6238) arithmetic, used to accept each code once only. better-auth checks a code against the time
 * steps around now but keeps no record of use, so the same code works twice within its window; RFC 6238 §5.2
 * says a verifier must not accept an OTP again after a successful validation. Knowing which step a code belongs
 * to lets the server record the last step used and refuse that step and every earlier one.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export interface TotpParameters {
  readonly periodSeconds: number;
  readonly digits: number;
  /** Steps either side of now that are accepted (clock drift). */
  readonly window: number;
}

/** better-auth's defaults (its two-factor plugin and @better-auth/utils/otp). */
export const TOTP_PARAMETERS: TotpParameters = { periodSeconds: 30, digits: 6, window: 1 };

/** HOTP (RFC 4226 §5.3) over the key's bytes. */
export function hotp(key: Uint8Array, counter: number, digits: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = ((digest[offset]! & 0x7f) << 24) | (digest[offset + 1]! << 16) | (digest[offset + 2]! << 8) | digest[offset + 3]!;
  return (binary % 10 ** digits).toString().padStart(digits, "0");
}

export function totpStep(now: Date, parameters: TotpParameters = TOTP_PARAMETERS): number {
  return Math.floor(now.getTime() / 1000 / parameters.periodSeconds);
}

/**
 * The time step whose code equals `code` within the accepted window, newest first, or null when none does.
 * `key` is the secret as better-auth uses it: the decrypted secret string's UTF-8 bytes.
 */
export function matchingTotpStep(key: Uint8Array, code: string, now: Date, parameters: TotpParameters = TOTP_PARAMETERS): number | null {
  const trimmed = code.trim();
  if (!/^\d+$/.test(trimmed) || trimmed.length !== parameters.digits) return null;
  const current = totpStep(now, parameters);
  for (let offset = parameters.window; offset >= -parameters.window; offset -= 1) {
    const expected = hotp(key, current + offset, parameters.digits);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(trimmed))) return current + offset;
  }
  return null;
}
