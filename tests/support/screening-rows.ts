/**
 * Writes patients, screenings and flags straight into a SQLite file, as the app's data layer stores them, for
 * tests and benchmarks that need many records (or an earlier release's records) faster than the app can make
 * them. Rows follow prisma/schema.prisma; dates are written the way Prisma's SQLite adapter writes them (ISO 8601
 * with "+00:00"), so the app reads them back as it reads its own and keyset comparisons match.
 */
import type Database from "better-sqlite3";

import { patientSearchText } from "@/lib/patients/fold-search-text";
import type { Flag, Severity } from "@/lib/rules";

export const sqliteDate = (at: Date) => at.toISOString().replace("Z", "+00:00");

const SEVERITY_ORDER: readonly Severity[] = ["critical", "warning", "info"];

export interface PatientRow {
  readonly id: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly sexAtBirth: string;
  readonly medicalRecordNumber?: string | null;
  readonly createdAt: Date;
}

export interface ScreeningRow {
  readonly id: string;
  readonly patientId: string;
  readonly submissionId: string;
  /** The input JSON as recorded (the current schema's, or an earlier release's). */
  readonly input: {
    readonly plannedTreatment: { readonly course: string };
    readonly vitals: { readonly systolic: number; readonly diastolic: number; readonly heartRate: number };
  };
  readonly rulesVersion: string;
  /** In stored order: critical first, as `assess` returned them. */
  readonly flags: readonly Flag[];
  readonly createdById: string;
  readonly createdAt: Date;
  readonly status?: "awaiting-review" | "signed" | "amended";
  readonly signOff?: { readonly outcome: string; readonly signedById: string; readonly signerName: string; readonly signedAt: Date };
}

/** Prepared inserts on `db`; run them inside `db.transaction` when writing many. */
export function screeningRowWriter(db: Database.Database) {
  const insertPatient = db.prepare(
    `INSERT INTO "Patient" (id, "fullName", "dateOfBirth", "medicalRecordNumber", "sexAtBirth", "searchText", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertScreening = db.prepare(
    `INSERT INTO "Screening" (id, "patientId", "submissionId", input, systolic, diastolic, "heartRate", course, status, "highestSeverity",
       "rulesVersion", "createdById", "createdAt", "updatedAt", outcome, "signedById", "signedAt", "signerName", "signerRole")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFlag = db.prepare(
    `INSERT INTO "Flag" (id, "screeningId", position, "ruleId", severity, summary, reasons, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    patient(row: PatientRow): void {
      const at = sqliteDate(row.createdAt);
      const record = row.medicalRecordNumber ?? null;
      insertPatient.run(row.id, row.fullName, row.dateOfBirth, record, row.sexAtBirth, patientSearchText(row.fullName, record), at, at);
    },
    screening(row: ScreeningRow): void {
      const at = sqliteDate(row.createdAt);
      const highest = SEVERITY_ORDER.find((severity) => row.flags.some((flag) => flag.severity === severity)) ?? null;
      const { vitals, plannedTreatment } = row.input;
      const signOff = row.signOff;
      insertScreening.run(
        row.id,
        row.patientId,
        row.submissionId,
        JSON.stringify(row.input),
        vitals.systolic,
        vitals.diastolic,
        vitals.heartRate,
        plannedTreatment.course,
        row.status ?? "awaiting-review",
        highest,
        row.rulesVersion,
        row.createdById,
        at,
        at,
        signOff?.outcome ?? null,
        signOff?.signedById ?? null,
        signOff ? sqliteDate(signOff.signedAt) : null,
        signOff?.signerName ?? null,
        signOff ? "clinician" : null,
      );
      row.flags.forEach((flag, position) => {
        insertFlag.run(`${row.id}f${position}`, row.id, position, flag.ruleId, flag.severity, flag.summary, JSON.stringify(flag.reasons), JSON.stringify(flag.source));
      });
    },
  };
}
