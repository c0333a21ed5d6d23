import "server-only";

import { endUserSessionsAndRecord } from "./end-user-sessions.server";
import { getDb, TRANSACTION_OPTIONS } from "./client.server";

import type { Actor } from "./types";

export type AccountChangeResult = { readonly ok: true } | { readonly ok: false; readonly formError: string };

/**
 * Deactivates an account and deletes all its sessions in the same transaction: the person is signed out on
 * every app server at their next request, and cannot sign in again. The account and its history stay.
 */
export async function deactivateAccount(actor: Actor, userId: string, now: Date = new Date()): Promise<AccountChangeResult> {
  if (actor.userId === userId) return { ok: false, formError: "You cannot deactivate your own account." };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({ where: { id: userId, deactivatedAt: null }, data: { deactivatedAt: now } });
    if (changed.count === 0) return { ok: false, formError: "This account does not exist or is already deactivated." } as const;
    await endUserSessionsAndRecord(tx, actor, userId, "account-deactivated");
    return { ok: true } as const;
  }, TRANSACTION_OPTIONS);
}
