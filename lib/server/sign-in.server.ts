import "server-only";

import { headers } from "next/headers";
import { isAPIError } from "better-auth/api";

import { accountThrottleKey, addressThrottleKey, throttledMessage } from "@/lib/auth/throttle-policy";
import { normaliseEmail } from "@/lib/auth/temporary-password";
import { findAccountByEmail } from "@/lib/db/find-account-by-email.server";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "@/lib/db/sign-in-throttle.server";

import { getAuth, TOTP_REUSED_MESSAGE } from "./auth.server";
import { clientAddress } from "./request-context.server";

/** The same words whether the email is unknown, the password wrong or the account deactivated. */
export const SIGN_IN_FAILED_MESSAGE = "The email or password is not right.";
export const CODE_FAILED_MESSAGE = "That code is not right. Use the code your app shows now.";
export const BACKUP_CODE_FAILED_MESSAGE = "That backup code is not right, or it was used before.";
export const CHALLENGE_EXPIRED_MESSAGE = "Your sign-in has expired. Start again with your email and password.";
export const CODE_LOCKED_MESSAGE = "Too many wrong codes. Start again with your email and password in 15 minutes.";

export type SignInOutcome = { readonly ok: true; readonly next: "second-factor" | "app" } | { readonly ok: false; readonly message: string };

function errorCode(error: unknown): string | undefined {
  if (!isAPIError(error)) return undefined;
  const code: unknown = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * First step: email and password. Throttled by account and by client address in the database before the
 * password is even checked, so no app server and no restart resets the count.
 */
export async function signInWithPassword(rawEmail: string, password: string): Promise<SignInOutcome> {
  const email = normaliseEmail(rawEmail);
  const ipAddress = await clientAddress();
  const keys = [accountThrottleKey(email), addressThrottleKey(ipAddress)];
  const account = await findAccountByEmail(email);
  const audit = (outcome: "success" | "failure", detail: Record<string, string> | null) =>
    recordAuditEvent({
      actorUserId: account?.id ?? null,
      actorEmail: email.slice(0, 254),
      event: outcome === "success" ? "sign-in" : "sign-in-failed",
      outcome,
      recordType: "user",
      recordId: account?.id ?? null,
      patientId: null,
      ipAddress,
      detail,
    });

  const throttle = await checkSignInThrottle(keys);
  if (!throttle.allowed) {
    await audit("failure", { reason: "throttled" });
    return { ok: false, message: throttledMessage(throttle.retryAfterMinutes) };
  }

  const fail = async (reason: string): Promise<SignInOutcome> => {
    const after = await recordSignInFailure(keys);
    await audit("failure", { reason });
    return { ok: false, message: after.allowed ? SIGN_IN_FAILED_MESSAGE : throttledMessage(after.retryAfterMinutes) };
  };
  // A deactivated account is refused by the session hook too; checking first keeps its password unverified.
  if (account && !account.active) return fail("account deactivated");

  const auth = await getAuth();
  let result: Awaited<ReturnType<typeof auth.api.signInEmail>>;
  try {
    result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: await headers() });
  } catch (error) {
    return fail(errorCode(error) === "INVALID_EMAIL_OR_PASSWORD" ? "wrong email or password" : "refused");
  }
  await clearSignInFailures(accountThrottleKey(email));
  // The password step alone is no sign-in: the event is written when the second factor completes it.
  if ("twoFactorRedirect" in result && result.twoFactorRedirect) return { ok: true, next: "second-factor" };
  await audit("success", { step: "signed in" });
  return { ok: true, next: "app" };
}

/**
 * Second step: the authenticator app's code, or a backup code. better-auth holds the pending sign-in in its
 * signed two_factor cookie, allows 5 tries per challenge and locks the account's second factor after 10
 * failures in a row (in the database); the app adds its own throttle by address and refuses a replayed code.
 */
export async function signInWithCode(code: string, kind: "totp" | "backup"): Promise<SignInOutcome> {
  const ipAddress = await clientAddress();
  const keys = [addressThrottleKey(ipAddress)];
  const throttle = await checkSignInThrottle(keys);
  const audit = (outcome: "success" | "failure", actor: { id: string; email: string } | null, detail: Record<string, string>) =>
    recordAuditEvent({
      actorUserId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      event: outcome === "success" ? "sign-in" : "sign-in-failed",
      outcome,
      recordType: "user",
      recordId: actor?.id ?? null,
      patientId: null,
      ipAddress,
      detail,
    });
  if (!throttle.allowed) {
    await audit("failure", null, { reason: "throttled", step: kind });
    return { ok: false, message: throttledMessage(throttle.retryAfterMinutes) };
  }

  const auth = await getAuth();
  const requestHeaders = await headers();
  try {
    const result =
      kind === "totp"
        ? await auth.api.verifyTOTP({ body: { code: code.replace(/\s/g, "") }, headers: requestHeaders })
        : await auth.api.verifyBackupCode({ body: { code: code.trim() }, headers: requestHeaders });
    await audit("success", { id: result.user.id, email: result.user.email }, { step: kind === "totp" ? "authenticator code" : "backup code" });
    return { ok: true, next: "app" };
  } catch (error) {
    const reason = errorCode(error) ?? "refused";
    const after = await recordSignInFailure(keys);
    await audit("failure", null, { reason, step: kind });
    if (!after.allowed) return { ok: false, message: throttledMessage(after.retryAfterMinutes) };
    switch (reason) {
      case "TOTP_CODE_REUSED":
        return { ok: false, message: TOTP_REUSED_MESSAGE };
      case "INVALID_TWO_FACTOR_COOKIE":
      case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
        return { ok: false, message: CHALLENGE_EXPIRED_MESSAGE };
      case "ACCOUNT_TEMPORARILY_LOCKED":
        return { ok: false, message: CODE_LOCKED_MESSAGE };
      default:
        return { ok: false, message: kind === "totp" ? CODE_FAILED_MESSAGE : BACKUP_CODE_FAILED_MESSAGE };
    }
  }
}
