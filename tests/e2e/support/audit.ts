/**
 * Read-only look at the browser tests' audit trail, to check that a flow recorded what it did.
 */
import Database from "better-sqlite3";

import { E2E_DATABASE_FILE } from "./environment";

export interface AuditRow {
  readonly event: string;
  readonly outcome: string;
  readonly actorUserId: string | null;
  readonly actorEmail: string | null;
  readonly recordId: string | null;
  readonly detail: string | null;
}

export function auditEventsOf(filter: { actorUserId?: string; actorEmail?: string; recordId?: string }, databaseFile = E2E_DATABASE_FILE): AuditRow[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const clauses = Object.keys(filter).map((column) => `"${column}" = @${column}`);
    return db
      .prepare(`SELECT event, outcome, "actorUserId", "actorEmail", "recordId", detail FROM "AuditEvent" WHERE ${clauses.join(" OR ")} ORDER BY sequence`)
      .all(filter) as AuditRow[];
  } finally {
    db.close();
  }
}

export function countSessionsOf(userId: string, databaseFile = E2E_DATABASE_FILE): number {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "Session" WHERE "userId" = ?`).get(userId) as { n: number }).n;
  } finally {
    db.close();
  }
}
