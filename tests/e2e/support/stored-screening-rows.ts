/**
 * Writes a screening straight into the browser tests' database, as an earlier release stored it, for the flows
 * that must read such records (a screening assessed under earlier rules); and reads its stored columns back.
 * Rows follow prisma/schema.prisma; dates are written the way Prisma's SQLite adapter writes them (ISO 8601 with
 * "+00:00"), so the app reads them back as it reads its own.
 */
import { randomUUID } from "node:crypto";

import Database from "better-sqlite3";

import { patientSearchText } from "@/lib/patients/fold-search-text";
import type { Flag, Severity } from "@/lib/rules";

import { E2E_DATABASE_FILE } from "./environment";

/** A stored flag has a flag's shape; its wording and sources may be an earlier release's. */
export type SeededFlag = Flag;

export interface SeededScreening {
  /** The input JSON as the release that stored it recorded it. */
  readonly input: {
    readonly patient: { readonly fullName: string; readonly dateOfBirth: string; readonly sexAtBirth: string };
    readonly plannedTreatment: { readonly course: string };
    readonly vitals: { readonly systolic: number; readonly diastolic: number; readonly heartRate: number };
  };
  readonly rulesVersion: string;
  /** In stored order: critical first, as `assess` returned them. */
  readonly flags: readonly SeededFlag[];
  readonly createdById: string;
  readonly createdAt: Date;
}

const sqliteDate = (at: Date) => at.toISOString().replace("Z", "+00:00");
const SEVERITY_ORDER: readonly Severity[] = ["critical", "warning", "info"];

/** Inserts a patient, one screening of theirs and its flags in one transaction; returns the screening's id. */
export function insertStoredScreening(screening: SeededScreening): string {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const patientId = randomUUID();
    const screeningId = randomUUID();
    const at = sqliteDate(screening.createdAt);
    const { patient, vitals, plannedTreatment } = screening.input;
    const highest = SEVERITY_ORDER.find((severity) => screening.flags.some((flag) => flag.severity === severity)) ?? null;
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "Patient" (id, "fullName", "dateOfBirth", "sexAtBirth", "searchText", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(patientId, patient.fullName, patient.dateOfBirth, patient.sexAtBirth, patientSearchText(patient.fullName, null), at, at);
      db.prepare(
        `INSERT INTO "Screening" (id, "patientId", "submissionId", input, systolic, diastolic, "heartRate", course, status,
           "highestSeverity", "rulesVersion", "createdById", "createdAt", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'awaiting-review', ?, ?, ?, ?, ?)`,
      ).run(
        screeningId,
        patientId,
        randomUUID(),
        JSON.stringify(screening.input),
        vitals.systolic,
        vitals.diastolic,
        vitals.heartRate,
        plannedTreatment.course,
        highest,
        screening.rulesVersion,
        screening.createdById,
        at,
        at,
      );
      const insertFlag = db.prepare(
        `INSERT INTO "Flag" (id, "screeningId", position, "ruleId", severity, summary, reasons, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      screening.flags.forEach((flag, position) => {
        insertFlag.run(randomUUID(), screeningId, position, flag.ruleId, flag.severity, flag.summary, JSON.stringify(flag.reasons), JSON.stringify(flag.source));
      });
    })();
    return screeningId;
  } finally {
    db.close();
  }
}

/** The screening's stored rules version and flags (rule, severity, summary, in stored order). */
export function storedAssessmentOf(screeningId: string): { rulesVersion: string; flags: Pick<SeededFlag, "ruleId" | "severity" | "summary">[] } {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const { rulesVersion } = db.prepare(`SELECT "rulesVersion" FROM "Screening" WHERE id = ?`).get(screeningId) as { rulesVersion: string };
    const flags = db
      .prepare(`SELECT "ruleId", severity, summary FROM "Flag" WHERE "screeningId" = ? ORDER BY position`)
      .all(screeningId) as Pick<SeededFlag, "ruleId" | "severity" | "summary">[];
    return { rulesVersion, flags };
  } finally {
    db.close();
  }
}
