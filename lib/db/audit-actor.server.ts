import "server-only";

import type { Actor } from "./types";

/** The actor columns of an audit event. */
export function actorColumns(actor: Actor) {
  return { actorUserId: actor.userId, actorEmail: actor.email, ipAddress: actor.ipAddress } as const;
}

/**
 * Patient data is read and changed only on behalf of a signed-in person: a system actor (command line, first
 * start) has no business with it. Every clinician of the service may see every patient (the app serves one
 * clinic); a narrower rule would go here.
 */
export function requirePersonActor(actor: Actor): asserts actor is Actor & { readonly userId: string } {
  if (actor.userId === null) throw new Error("Patient data is only read or changed on behalf of a signed-in user");
}
