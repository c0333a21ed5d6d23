import "server-only";

import { headers } from "next/headers";

import { accountThrottleKey, throttledMessage } from "@/lib/auth/throttle-policy";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "@/lib/db/sign-in-throttle.server";
import { signScreening } from "@/lib/db/sign-screening.server";
import type { Outcome } from "@/lib/review/decisions";

import { getAuth } from "./auth.server";
import type { SignedInUser } from "./current-user.server";
import { actorFor } from "./request-context.server";

export const WRONG_SIGNING_PASSWORD = "That password is not right. The screening was not signed.";

export type SignOffOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly field: "password"; readonly message: string }
  | { readonly ok: false; readonly refusal: "not-found" | "locked" | "undecided"; readonly undecidedRuleIds?: readonly string[] };

/**
 * Signs a screening as the signed-in clinician, who re-enters their password (the e-signature of 21 CFR Part 11
 * §11.200, as REDCap's e-signature does). A wrong password counts towards the account's sign-in throttle, so the
 * sign-off form cannot be used to guess passwords, and is audited; while the account is locked out nothing is
 * checked. The name and role stored with the signature are the signer's now.
 */
export async function signOffScreening(user: SignedInUser, screeningId: string, outcome: Outcome, password: string): Promise<SignOffOutcome> {
  const actor = await actorFor(user);
  const accountKey = accountThrottleKey(user.email);
  const keys = [accountKey];
  const refuse = async (reason: string, message: string): Promise<SignOffOutcome> => {
    await recordAuditEvent({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      ipAddress: actor.ipAddress,
      event: "screening-sign-failed",
      outcome: "failure",
      recordType: "screening",
      recordId: screeningId,
      patientId: null,
      detail: { reason },
    });
    return { ok: false, field: "password", message };
  };

  const throttle = await checkSignInThrottle(keys);
  if (!throttle.allowed) return refuse("throttled", throttledMessage(throttle.retryAfterMinutes));
  const auth = await getAuth();
  try {
    await auth.api.verifyPassword({ body: { password }, headers: await headers() });
  } catch {
    const after = await recordSignInFailure(keys);
    return refuse("wrong password", after.allowed ? WRONG_SIGNING_PASSWORD : throttledMessage(after.retryAfterMinutes));
  }
  await clearSignInFailures(accountKey);

  const signed = await signScreening({ actor, screeningId, outcome, signer: { name: user.name, role: user.role } });
  if (signed.ok) return { ok: true };
  if (signed.reason === "undecided") return { ok: false, refusal: "undecided", undecidedRuleIds: signed.undecidedRuleIds };
  return { ok: false, refusal: signed.reason === "not-found" ? "not-found" : "locked" };
}
