/**
 * Read-only look into the browser tests' database, to check what a flow stored (or did not store).
 */
import Database from "better-sqlite3";

import { E2E_DATABASE_FILE } from "./environment";

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

export function countScreeningsOf(fullName: string): number {
  return query<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "Screening" s JOIN "Patient" p ON p.id = s."patientId" WHERE p."fullName" = ?`,
    fullName,
  ).n;
}

export function countPatientsNamed(fullName: string): number {
  return query<{ n: number }>(`SELECT COUNT(*) AS n FROM "Patient" WHERE "fullName" = ?`, fullName).n;
}

export function countAllScreenings(): number {
  return query<{ n: number }>(`SELECT COUNT(*) AS n FROM "Screening"`).n;
}

export function countAccountsNamed(name: string): number {
  return query<{ n: number }>(`SELECT COUNT(*) AS n FROM "User" WHERE name = ?`, name).n;
}

/** A draft's stored form state as JSON text, or undefined when there is no such draft. */
export function draftFormStateText(draftId: string): string | undefined {
  return query<{ formState: string } | undefined>(`SELECT "formState" FROM "ScreeningDraft" WHERE id = ?`, draftId)?.formState;
}

export interface StoredFlagRow {
  readonly ruleId: string;
  readonly severity: "critical" | "warning" | "info";
  readonly summary: string;
}

/** The flags stored for the named patient's latest screening, in stored order (critical first). */
export function flagsOfLatestScreeningOf(fullName: string): StoredFlagRow[] {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT f."ruleId", f.severity, f.summary FROM "Flag" f
         WHERE f."screeningId" = (
           SELECT s.id FROM "Screening" s JOIN "Patient" p ON p.id = s."patientId"
           WHERE p."fullName" = ? ORDER BY s."createdAt" DESC LIMIT 1)
         ORDER BY f.position`,
      )
      .all(fullName) as StoredFlagRow[];
  } finally {
    db.close();
  }
}

/** The status of the named patient's latest screening ("awaiting-review", "signed", "amended"). */
export function latestScreeningStatusOf(fullName: string): string | undefined {
  return query<{ status: string } | undefined>(
    `SELECT s.status FROM "Screening" s JOIN "Patient" p ON p.id = s."patientId" WHERE p."fullName" = ? ORDER BY s."createdAt" DESC LIMIT 1`,
    fullName,
  )?.status;
}
