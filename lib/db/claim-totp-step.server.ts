import "server-only";

import { getDb } from "./client.server";

/**
 * Records `step` as the user's last accepted TOTP time step, only if it is later than the one recorded.
 * Returns false when that step (or a later one) was already used: the code is a replay. The conditional update
 * is one statement, so two requests racing with the same code cannot both win, on either engine.
 */
export async function claimTotpStep(userId: string, step: number): Promise<boolean> {
  const db = await getDb();
  const advanced = await db.totpStepUse.updateMany({ where: { userId, lastStep: { lt: step } }, data: { lastStep: step } });
  if (advanced.count === 1) return true;
  const existing = await db.totpStepUse.findUnique({ where: { userId }, select: { lastStep: true } });
  if (existing) return false;
  try {
    await db.totpStepUse.create({ data: { userId, lastStep: step } });
    return true;
  } catch (error) {
    // Another request created the row first with this very step: that one won.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") return claimTotpStep(userId, step);
    throw error;
  }
}
