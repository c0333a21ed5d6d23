import "server-only";

import { requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import type { Actor, SignerOption } from "./types";

/**
 * The accounts that can sign a screening (every role holds the clinician's permissions), for the list's signer
 * filter: active ones first, then by name. Deactivated accounts stay listed because their signatures remain.
 * Accounts are few (a clinic's staff): no paging.
 */
export async function listSigners(actor: Actor): Promise<SignerOption[]> {
  requirePersonActor(actor);
  const db = await getDb();
  const rows = await db.user.findMany({ select: { id: true, name: true, deactivatedAt: true } });
  return rows
    .map((row) => ({ id: row.id, name: row.name, active: row.deactivatedAt === null }))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));
}
