import "server-only";

import { roleAllows, type Role } from "@/lib/auth/roles";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";

import { getSessionPolicy } from "./auth.server";
import { resolveSession, type SignedInUser } from "./current-user.server";
import { clientAddress } from "./request-context.server";

/**
 * Who may call a page, action or route handler:
 * - `public`: anyone (the sign-in steps only);
 * - `account-setup`: a signed-in user whose account is not yet complete (temporary password, no second factor)
 *   — only the steps that complete it, and sign-out;
 * - a role: a signed-in user with a complete account and that role (an admin holds every clinician right).
 */
export type Access = "public" | "account-setup" | Role;

export type UserFor<A extends Access> = A extends "public" ? null : SignedInUser;

export type AccessCheck<A extends Access> =
  | { readonly ok: true; readonly user: UserFor<A> }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: "signed-out" | "idle" | "setup-incomplete" | "role" };

/** True when the account still has to change its temporary password or enrol a second factor. */
export function setupIncomplete(user: SignedInUser): boolean {
  return user.mustChangePassword || (getSessionPolicy().requireMfa && !user.mfaEnrolled);
}

/**
 * Checks the request's session against `access`. `what` names the page, action or route in the audit trail
 * when access is refused to a signed-in user (a refusal to an anonymous caller is not an event of anyone's).
 */
export async function checkAccess<A extends Access>(access: A, what: string, options: { activity?: boolean | "always" } = {}): Promise<AccessCheck<A>> {
  if (access === "public") return { ok: true, user: null as UserFor<A> };
  const resolved = await resolveSession({ activity: options.activity ?? true });
  if (resolved.status === "signed-out") return { ok: false, status: 401, reason: resolved.reason === "idle" ? "idle" : "signed-out" };
  const { user } = resolved;
  if (access === "account-setup") return { ok: true, user: user as UserFor<A> };
  if (setupIncomplete(user)) return { ok: false, status: 403, reason: "setup-incomplete" };
  if (!(await roleAdmits(user, access, what))) return { ok: false, status: 403, reason: "role" };
  return { ok: true, user: user as UserFor<A> };
}

/** Whether the user's role holds `required`; a refusal is recorded in the audit trail. */
export async function roleAdmits(user: SignedInUser, required: Role, what: string): Promise<boolean> {
  if (roleAllows(user.role, required)) return true;
  await recordAuditEvent({
    actorUserId: user.id,
    actorEmail: user.email,
    event: "access-denied",
    outcome: "denied",
    recordType: "route",
    recordId: what,
    patientId: null,
    ipAddress: await clientAddress(),
    detail: { requiredRole: required, role: user.role },
  });
  return false;
}
