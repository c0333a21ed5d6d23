/**
 * The Cookie header a browser sends for a session token, signed as better-auth signs it: the token, a dot, and
 * the HMAC-SHA256 of the token with the auth secret (base64), URL-encoded.
 */
import { createHmac } from "node:crypto";

export function signedSessionCookie(token: string, authSecret: string): string {
  const signature = createHmac("sha256", authSecret).update(token).digest("base64");
  return `ks.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}
