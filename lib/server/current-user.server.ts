import "server-only";

import { headers } from "next/headers";

import { isRole, type ActingUser } from "@/lib/auth/roles";
import { activityIsStale, sessionEndsAt, sessionState } from "@/lib/auth/session-policy";
import { endSession } from "@/lib/db/end-session.server";
import { touchSession } from "@/lib/db/touch-session.server";

import { getAuth, getSessionPolicy } from "./auth.server";
import { clientAddress } from "./request-context.server";

/** The signed-in user with what decides where they may go before the rest of the app opens to them. */
export interface SignedInUser extends ActingUser {
  /** The session this request came with (to end it at sign-out). Never sent to the browser. */
  readonly sessionId: string;
  /** When the session ends if nothing more happens: the idle deadline, capped by the absolute limit. */
  readonly sessionEndsAt: Date;
  readonly mfaEnrolled: boolean;
  readonly mustChangePassword: boolean;
}

export type SessionResolution =
  | { readonly status: "signed-in"; readonly user: SignedInUser }
  | { readonly status: "signed-out"; readonly reason: "none" | "idle" | "deactivated" };

export interface ResolveOptions {
  /**
   * Whether this request counts as activity (restarts the idle clock). False for the page's own background
   * check of the remaining time, which must not keep an unattended session alive. Activity is written at most
   * every few seconds, except "always" ("Stay signed in" must move the deadline whenever it is pressed).
   */
  readonly activity: boolean | "always";
}

/**
 * Who is making this request, from the session cookie, checked against the database every time (a revoked or
 * deactivated session ends at the next request on any app server). Ends the session when it has been idle past
 * the limit, and records the idle logoff once.
 */
export async function resolveSession({ activity }: ResolveOptions): Promise<SessionResolution> {
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: await headers(), query: { disableRefresh: true } });
  if (!found) return { status: "signed-out", reason: "none" };

  const { session, user } = found;
  const now = new Date();
  const lastActiveAt = new Date(session.lastActiveAt ?? session.createdAt);
  const expiresAt = new Date(session.expiresAt);
  const actor = { actorUserId: user.id, actorEmail: user.email, ipAddress: await clientAddress() };

  if (user.deactivatedAt || !isRole(user.role)) {
    await endSession({ sessionId: session.id, reason: "account-deactivated", ...actor });
    return { status: "signed-out", reason: "deactivated" };
  }
  const policy = getSessionPolicy();
  if (sessionState(policy, { lastActiveAt, expiresAt }, now) !== "active") {
    await endSession({ sessionId: session.id, reason: "idle-logoff", ...actor });
    return { status: "signed-out", reason: "idle" };
  }

  let activeAt = lastActiveAt;
  if (activity === "always" || (activity && activityIsStale(lastActiveAt, now))) {
    await touchSession(session.id, now);
    activeAt = now;
  }
  return {
    status: "signed-in",
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionId: session.id,
      sessionEndsAt: sessionEndsAt(policy, activeAt, expiresAt),
      mfaEnrolled: user.twoFactorEnabled === true,
      mustChangePassword: user.mustChangePassword === true,
    },
  };
}
