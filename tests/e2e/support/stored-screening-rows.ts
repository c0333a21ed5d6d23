/**
 * Writes a screening straight into the browser tests' database, as an earlier release stored it, for the flows
 * that must read such records (a screening assessed under earlier rules); and reads its stored columns back.
 * Rows are written as the data layer stores them (tests/support/screening-rows.ts).
 */
import { randomUUID } from "node:crypto";

import Database from "better-sqlite3";

import type { Flag } from "@/lib/rules";

import { screeningRowWriter } from "../../support/screening-rows";

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


/** Inserts a patient, one screening of theirs and its flags in one transaction; returns the screening's id. */
export function insertStoredScreening(screening: SeededScreening): string {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const patientId = randomUUID();
    const screeningId = randomUUID();
    const write = screeningRowWriter(db);
    db.transaction(() => {
      write.patient({ id: patientId, ...screening.input.patient, createdAt: screening.createdAt });
      write.screening({ id: screeningId, patientId, submissionId: randomUUID(), ...screening });
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
