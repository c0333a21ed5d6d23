import "server-only";

import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

/**
 * Backups of the embedded SQLite database, taken with `VACUUM INTO`: one read transaction, so a consistent copy
 * while the app keeps running and writing (a plain file copy of a WAL database can miss committed pages or tear
 * a write; SQLite's incremental backup API starts over whenever another connection writes, and under a steady
 * stream of screenings it never finished).
 * Restoring writes a backup into a database file that does not exist yet, so nothing stored is ever overwritten
 * by accident; replacing a live database is the operator's deliberate step (stop the app, move the file away).
 */

export interface BackupCheck {
  /** `PRAGMA integrity_check` said "ok". */
  readonly intact: boolean;
  readonly screenings: number;
  readonly patients: number;
  readonly auditEvents: number;
  readonly bytes: number;
}

/** Integrity and record counts of a SQLite file, opened read-only. */
export function checkSqliteFile(file: string): BackupCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const { page_count: pages } = db.prepare("PRAGMA page_count").get() as { page_count: number };
    const { page_size: pageSize } = db.prepare("PRAGMA page_size").get() as { page_size: number };
    return {
      intact: rows.length === 1 && rows[0]!.integrity_check === "ok",
      screenings: count("Screening"),
      patients: count("Patient"),
      auditEvents: count("AuditEvent"),
      bytes: pages * pageSize,
    };
  } finally {
    db.close();
  }
}

/** Copies the live database at `source` to `destination` (which must not exist), then checks the copy. */
export async function backupSqlite(source: string, destination: string): Promise<BackupCheck> {
  if (existsSync(destination)) throw new Error(`${destination} already exists: choose a new file for the backup`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    db.prepare("VACUUM INTO ?").run(destination);
  } finally {
    db.close();
  }
  return checkSqliteFile(destination);
}

/** Writes the backup at `backup` into a new database file at `target`, after checking the backup is intact. */
export async function restoreSqlite(backup: string, target: string): Promise<BackupCheck> {
  if (existsSync(target)) {
    throw new Error(`${target} already exists: stop the app and move the current database away first, so that nothing is overwritten`);
  }
  const before = checkSqliteFile(backup);
  if (!before.intact) throw new Error(`${backup} fails SQLite's integrity check: it cannot be restored`);
  return backupSqlite(backup, target);
}
