import "server-only";

import { headers } from "next/headers";

import type { ActingUser } from "@/lib/auth/roles";
import type { Actor } from "@/lib/db/types";

/**
 * The client's address as the app's HTTP server recorded it (scripts/http-server.ts replaces whatever the client
 * sent in X-Forwarded-For, so this cannot be spoofed from outside). Used for throttling and the audit trail.
 */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first && first.length > 0 ? first : "unknown";
}

/** The audit trail's view of a signed-in user making this request. */
export async function actorFor(user: ActingUser): Promise<Actor> {
  return { userId: user.id, email: user.email, ipAddress: await clientAddress() };
}
