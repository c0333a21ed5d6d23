import "server-only";

import { prismaAdapter } from "better-auth/adapters/prisma";

import { currentDatabaseTarget, getDb } from "./client.server";

/**
 * better-auth's database adapter over the process's Prisma client: accounts, sessions and second factors live
 * in the same database as screenings, so every app server sees the same sessions and a revoked one is gone
 * everywhere at once.
 */
export async function authDatabaseAdapter() {
  const [db, target] = await Promise.all([getDb(), currentDatabaseTarget()]);
  return prismaAdapter(db, { provider: target.engine === "sqlite" ? "sqlite" : "postgresql" });
}
