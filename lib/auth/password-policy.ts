/**
 * The password policy for new passwords (OWASP ASVS 5.0 V6.2, level 2; NIST SP 800-63B §3.1.1.2):
 * 12 to 128 characters counted as Unicode code points (an emoji is one character, not two UTF-16 units), no
 * composition rules (no "one digit, one symbol"), refused when on the shipped list of common and breached
 * passwords or when it contains the user's name or the local part of their email address.
 *
 * The list (lib/auth/common-passwords.ts, about 250 kB, 100 kB gzip) is a plain module, so it works in a
 * Next.js server bundle and in tests; a client component that imports this file ships it to the browser too.
 * Forms therefore check only the length in the browser (./password-length.ts); the server applies this file.
 */
import { z } from "@/lib/validation/zod";

import { COMMON_PASSWORDS } from "./common-passwords";
import { codePointLength, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, MIN_PERSONAL_WORD_LENGTH, PASSWORD_MESSAGES } from "./password-length";

export { codePointLength, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, MIN_PERSONAL_WORD_LENGTH, PASSWORD_MESSAGES };

/** What is known about the person choosing the password. */
export interface PasswordContext {
  readonly email?: string;
  readonly name?: string;
}

export type PasswordCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** How passwords are compared with the list and with personal words. */
function comparable(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The name and the email's local part, whole and split into words (on anything that is not a letter or a
 * digit), keeping those of at least 4 characters: "Ada Lovelace", "ada.lovelace@…" give "ada lovelace",
 * "lovelace", "ada.lovelace".
 */
export function personalWords({ email, name }: PasswordContext): string[] {
  const address = comparable(email ?? "");
  const localPart = address.includes("@") ? address.slice(0, address.lastIndexOf("@")) : address;
  const wholes = [localPart, comparable(name ?? "")];
  const words = [...wholes, ...wholes.flatMap((whole) => whole.split(/[^\p{L}\p{N}]+/u))];
  return [...new Set(words.filter((word) => codePointLength(word) >= MIN_PERSONAL_WORD_LENGTH))];
}

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(comparable(password));
}

/** Checks a new password; the first failed rule gives the message, written for the person choosing it. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  const length = codePointLength(password, MAX_PASSWORD_LENGTH);
  if (length < MIN_PASSWORD_LENGTH) return { ok: false, message: PASSWORD_MESSAGES.tooShort };
  if (length > MAX_PASSWORD_LENGTH) return { ok: false, message: PASSWORD_MESSAGES.tooLong };
  if (isCommonPassword(password)) return { ok: false, message: PASSWORD_MESSAGES.tooCommon };
  const lowered = password.toLowerCase();
  if (personalWords(context).some((word) => lowered.includes(word))) return { ok: false, message: PASSWORD_MESSAGES.personal };
  return { ok: true };
}

/**
 * The new-password field of a form, for a person whose name and email are known when the schema is built
 * (changing one's own password). A form that asks for name, email and password together (sign-up) checks
 * `checkPassword(password, { email, name })` in its object schema instead.
 */
export function newPasswordSchemaFor(context: PasswordContext) {
  return z.string({ error: "Enter a password." }).superRefine((password, ctx) => {
    const result = checkPassword(password, context);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.message });
  });
}

/** The new-password field without personal context: length and the common-password list. */
export const newPasswordSchema = newPasswordSchemaFor({});
