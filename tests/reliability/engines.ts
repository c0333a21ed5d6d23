/**
 * The scratch database of one reliability run, on either engine, and the run's secret: the suites start real
 * production servers on it, so each run gets its own (a SQLite file in a temporary folder, or a PostgreSQL
 * database with a random name) and drops it at the end.
 */
import { randomBytes } from "node:crypto";

import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from "@/tests/support/db-engines";

export type Engine = "sqlite" | "postgresql";
export const ENGINES: readonly Engine[] = ["sqlite", "postgresql"];

export type ReliabilityDatabase = TestDatabase & { readonly filePath?: string };

export function createDatabase(engine: Engine): Promise<ReliabilityDatabase> {
  return engine === "sqlite" ? createSqliteDatabase() : createPostgresDatabase();
}

export function newAuthSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A short tag that keeps one run's record numbers and emails apart from another's. */
export function runTag(): string {
  return randomBytes(4).toString("hex");
}
