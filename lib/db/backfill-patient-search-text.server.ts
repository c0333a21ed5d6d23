import "server-only";

import { patientSearchText } from "@/lib/patients/fold-search-text";

import type { Db } from "./client.server";

/** Rows read and written per transaction: a long migration never holds SQLite's write lock for long. */
const BATCH_SIZE = 500;

/**
 * Fills `searchText` of every patient whose search text is empty (rows from before the column existed, or from
 * an older app server) and returns how many it filled. Run by `npm run db:migrate` after the migrations: the
 * folding is JavaScript's Unicode lower-casing, which no migration's SQL can do. Idempotent: a second run finds
 * nothing to fill.
 *
 * Each update is conditional on the name and record number it was computed from and on the text still being
 * empty, so a patient renamed by a running app meanwhile keeps the search text the app wrote. It is plain SQL,
 * not Prisma's update, which would also move `updatedAt`: filling a derived column changes no one's record.
 */
export async function backfillPatientSearchText(db: Db): Promise<number> {
  let filled = 0;
  let after = "";
  for (;;) {
    const batch = await db.$queryRaw<{ id: string; fullName: string; medicalRecordNumber: string | null }[]>`
      SELECT "id", "fullName", "medicalRecordNumber" FROM "Patient"
      WHERE "searchText" = '' AND "id" > ${after}
      ORDER BY "id"
      LIMIT ${BATCH_SIZE}`;
    const last = batch.at(-1);
    if (last === undefined) return filled;
    const counts = await db.$transaction(
      batch.map(
        (patient) => db.$executeRaw`
          UPDATE "Patient" SET "searchText" = ${patientSearchText(patient.fullName, patient.medicalRecordNumber)}
          WHERE "id" = ${patient.id} AND "searchText" = '' AND "fullName" = ${patient.fullName}
            AND "medicalRecordNumber" IS NOT DISTINCT FROM ${patient.medicalRecordNumber}`,
      ),
    );
    filled += counts.reduce((sum, count) => sum + count, 0);
    // By id, not "the next empty rows": a row that could not be filled (changed meanwhile) is never read again.
    after = last.id;
  }
}
