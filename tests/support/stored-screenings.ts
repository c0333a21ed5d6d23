/**
 * What a server's database holds, read directly (not through the app), so that a suite checks the app's answers
 * against the rows rather than against the app's own view of them.
 */
import Database from "better-sqlite3";
import pg from "pg";

import { resolveDatabaseTarget } from "@/lib/db/database-url.server";

export interface StoredScreening {
  readonly id: string;
  readonly submissionId: string;
  readonly patientId: string;
}

export async function readStoredScreenings(databaseUrl: string): Promise<StoredScreening[]> {
  const target = resolveDatabaseTarget(databaseUrl);
  const query = `SELECT id, "submissionId", "patientId" FROM "Screening"`;
  if (target.engine === "sqlite") {
    const db = new Database(target.filePath, { timeout: 5_000 });
    try {
      return db.prepare(query).all() as StoredScreening[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<StoredScreening>(query)).rows;
  } finally {
    await client.end();
  }
}

/** Submission id -> the ids of the screenings stored under it (more than one would be a duplicate). */
export function bySubmission(rows: readonly StoredScreening[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.submissionId, [...(map.get(row.submissionId) ?? []), row.id]);
  return map;
}

/**
 * SQLite's own check of the whole file, opened the way the app opens it after a crash (so a left-over WAL is
 * replayed first). "ok" or the list of problems.
 */
export function sqliteIntegrityCheck(filePath: string): string {
  const db = new Database(filePath, { timeout: 5_000 });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("\n");
  } finally {
    db.close();
  }
}
