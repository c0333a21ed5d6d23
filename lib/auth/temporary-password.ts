/**
 * Temporary passwords for new accounts: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * in groups of four for reading aloud or copying (about 90 bits of entropy). The holder must replace it at
 * first sign-in.
 */
import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479";

export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/** Email as stored and compared: trimmed, lower-case (better-auth lower-cases it too). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
