/**
 * The part of the password policy a browser can check without the common-password list (which stays on the
 * server, see ./password-policy.ts): 12 to 128 Unicode code points, no composition rules.
 */
import { z } from "@/lib/validation/zod";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** Shorter names and email local parts ("ada", "jo") would refuse too many good passphrases. */
export const MIN_PERSONAL_WORD_LENGTH = 4;

export const PASSWORD_MESSAGES = {
  tooShort: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  tooLong: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  tooCommon: "This password is too common: choose a longer phrase only you would use.",
  personal: "Do not use your name or email address in your password.",
} as const;

/** Unicode code points in `text`, counting no further than `limit` (a huge input is not walked to the end). */
export function codePointLength(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  // A code point above U+FFFF takes two UTF-16 units; a lone surrogate counts as one, as string iteration does.
  for (let index = 0; index < text.length && count <= limit; count += 1) {
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return count;
}

/** A new-password field as the browser checks it; the server adds the list and the personal words. */
export const newPasswordLengthSchema = z.string({ error: "Enter a password." }).superRefine((password, ctx) => {
  const length = codePointLength(password, MAX_PASSWORD_LENGTH);
  if (length < MIN_PASSWORD_LENGTH) ctx.addIssue({ code: "custom", message: PASSWORD_MESSAGES.tooShort });
  else if (length > MAX_PASSWORD_LENGTH) ctx.addIssue({ code: "custom", message: PASSWORD_MESSAGES.tooLong });
});
