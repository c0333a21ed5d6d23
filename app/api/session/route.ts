/**
 * The page's idle-logoff clock. GET tells when the session ends without counting as activity (so an open,
 * unattended tab does not keep a session alive); POST counts as activity ("Stay signed in", or the clinician
 * typing in a long form) and returns the new deadline.
 */
import { jsonResponse } from "@/lib/actions/define-route-handler";
import { getSessionPolicy } from "@/lib/server/auth.server";
import { routeHandler } from "@/lib/server/route-handler";
import type { SignedInUser } from "@/lib/server/current-user.server";

function status(user: SignedInUser): Response {
  return jsonResponse(200, { endsAt: user.sessionEndsAt.toISOString(), warningSeconds: getSessionPolicy().idleWarningSeconds });
}

export const GET = routeHandler({ access: "account-setup", name: "session-status", activity: false, handler: async (_request, user) => status(user) });

export const POST = routeHandler({ access: "account-setup", name: "session-activity", activity: "always", handler: async (_request, user) => status(user) });
