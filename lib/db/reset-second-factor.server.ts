import "server-only";

import { getDb, TRANSACTION_OPTIONS } from "./client.server";
import type { AccountChangeResult } from "./deactivate-account.server";
import { endUserSessionsAndRecord } from "./end-user-sessions.server";

import type { Actor } from "./types";

/**
 * For a clinician who lost their authenticator and their backup codes: removes the second factor and ends the
 * account's sessions, so the next sign-in (with the password) walks them through enrolment again.
 */
export async function resetSecondFactor(actor: Actor, userId: string): Promise<AccountChangeResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return { ok: false, formError: "This account does not exist." } as const;
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.totpStepUse.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false }, select: { id: true } });
    await endUserSessionsAndRecord(tx, actor, userId, "mfa-reset");
    return { ok: true } as const;
  }, TRANSACTION_OPTIONS);
}
