/**
 * The scratch database of one reliability run, on either engine, and the run's secret: the suites start real
 * production servers on it, so each run gets its own (a SQLite file in a temporary folder, or a PostgreSQL
 * database with a random name) and drops it at the end.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";

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

/** Connections other than this query's own that are open to a PostgreSQL database now. */
export async function postgresConnections(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}
