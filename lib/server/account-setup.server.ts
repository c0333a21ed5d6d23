import "server-only";

import { headers } from "next/headers";
import { isAPIError } from "better-auth/api";
import QRCode from "qrcode";

import { checkPassword } from "@/lib/auth/password-policy";
import { completePasswordChange } from "@/lib/db/complete-password-change.server";
import { endSession } from "@/lib/db/end-session.server";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";

import { getAuth, TOTP_REUSED_MESSAGE } from "./auth.server";
import type { SignedInUser } from "./current-user.server";
import { actorFor, clientAddress } from "./request-context.server";

export type SetupOutcome<T extends object = object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly field?: string; readonly message: string };

/** Replaces a temporary (or any) password; other sessions of the account end, this one is renewed. */
export async function changePassword(user: SignedInUser, currentPassword: string, newPassword: string): Promise<SetupOutcome> {
  const verdict = checkPassword(newPassword, { email: user.email, name: user.name });
  if (!verdict.ok) return { ok: false, field: "newPassword", message: verdict.message };
  const auth = await getAuth();
  try {
    await auth.api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers: await headers() });
  } catch (error) {
    if (isAPIError(error) && (error.body as { code?: string } | undefined)?.code === "PASSWORD_POLICY") {
      return { ok: false, field: "newPassword", message: error.message };
    }
    return { ok: false, field: "currentPassword", message: "Your current password is not right." };
  }
  await completePasswordChange({ ...(await actorFor(user)), userId: user.id });
  return { ok: true };
}

export interface Enrolment {
  /** The otpauth:// address as a QR code image (SVG data URL), for the authenticator app to scan. */
  readonly qrCode: string;
  /** The same secret as text (base32, in groups of four), for typing into the app instead. */
  readonly secret: string;
  readonly backupCodes: readonly string[];
}

/** Starts enrolment: a new secret and backup codes, shown once. The password is asked again (ASVS V6.4). */
export async function startEnrolment(password: string): Promise<SetupOutcome<{ enrolment: Enrolment }>> {
  const auth = await getAuth();
  let result: Awaited<ReturnType<typeof auth.api.enableTwoFactor>>;
  try {
    result = await auth.api.enableTwoFactor({ body: { password, method: "totp" }, headers: await headers() });
  } catch {
    return { ok: false, field: "password", message: "Your password is not right." };
  }
  if (result.method !== "totp") throw new Error("better-auth enabled another second factor than TOTP");
  const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
  const svg = await QRCode.toString(result.totpURI, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    ok: true,
    enrolment: {
      qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
      secret: secret.match(/.{1,4}/g)?.join(" ") ?? secret,
      backupCodes: result.backupCodes,
    },
  };
}

/** Finishes enrolment with a first code from the app; better-auth then renews the session. */
export async function confirmEnrolment(user: SignedInUser, code: string): Promise<SetupOutcome> {
  const auth = await getAuth();
  try {
    await auth.api.verifyTOTP({ body: { code: code.replace(/\s/g, "") }, headers: await headers() });
  } catch (error) {
    const reused = isAPIError(error) && (error.body as { code?: string } | undefined)?.code === "TOTP_CODE_REUSED";
    return { ok: false, field: "code", message: reused ? TOTP_REUSED_MESSAGE : "That code is not right. Use the code your app shows now." };
  }
  await recordAuditEvent({
    actorUserId: user.id,
    actorEmail: user.email,
    event: "mfa-enrolled",
    outcome: "success",
    recordType: "user",
    recordId: user.id,
    patientId: null,
    ipAddress: await clientAddress(),
    detail: null,
  });
  return { ok: true };
}

/** Ends the session on the server (recorded), then clears the cookie. */
export async function signOut(user: SignedInUser): Promise<void> {
  await endSession({ sessionId: user.sessionId, reason: "sign-out", actorUserId: user.id, actorEmail: user.email, ipAddress: await clientAddress() });
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
}
