/**
 * The backfill of patients' search text that `npm run db:migrate` runs after the migrations, the same on every
 * engine: rows written before the column existed (inserted here with the column left at its default) are
 * filled with what the app would write, in batches, and a second run changes nothing.
 */
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { backfillPatientSearchText } from "@/lib/db/backfill-patient-search-text.server";
import { getDb } from "@/lib/db/client.server";
import { searchPatients } from "@/lib/db/search-patients.server";
import { patientSearchText } from "@/lib/patients/fold-search-text";

import { ACTOR, ensureTestClinician } from "./db-suite";

export function describePatientSearchTextBackfill(engine: string) {
  describe(`patient search text backfill on ${engine}`, { timeout: 60_000 }, () => {
    it("fills every empty search text in batches, leaves filled ones and updatedAt alone, and a second run changes nothing", async () => {
      await ensureTestClinician();
      const db = await getDb();
      const t = `Bf${randomBytes(4).toString("hex")}`;
      const updatedAt = new Date("2026-01-02T03:04:05.000Z");
      // More than one batch (500), with names outside ASCII and patients without a record number.
      const unfilled = Array.from({ length: 1_203 }, (_, index) => ({
        fullName: index % 3 === 0 ? `ΣΟΦΙΑ ${t} ${index}` : `Zoë O'Brien ${t} ${index}`,
        dateOfBirth: "1979-03-14",
        sexAtBirth: "female",
        medicalRecordNumber: index % 2 === 0 ? null : `${t.toUpperCase()}-${index}`,
        updatedAt,
      }));
      await db.patient.createMany({ data: unfilled });
      await db.patient.create({ data: { fullName: `Already ${t}`, dateOfBirth: "1979-03-14", sexAtBirth: "male", searchText: "kept as written" } });
      const rows = () =>
        db.patient.findMany({
          where: { fullName: { contains: t } },
          select: { fullName: true, medicalRecordNumber: true, searchText: true, updatedAt: true },
          orderBy: { id: "asc" },
        });
      expect((await rows()).filter((row) => row.searchText === "")).toHaveLength(unfilled.length);

      expect(await backfillPatientSearchText(db)).toBe(unfilled.length);

      const filled = await rows();
      for (const row of filled) {
        const expected = row.fullName === `Already ${t}` ? "kept as written" : patientSearchText(row.fullName, row.medicalRecordNumber);
        expect(row.searchText, row.fullName).toBe(expected);
        if (row.fullName !== `Already ${t}`) expect(row.updatedAt).toEqual(updatedAt);
      }
      expect((await searchPatients(ACTOR, `σοφια ${t} 3`)).map((patient) => patient.fullName)).toContain(`ΣΟΦΙΑ ${t} 3`);
      const byRecord = await searchPatients(ACTOR, `${t}-1`);
      expect(byRecord[0]?.fullName).toBe(`Zoë O'Brien ${t} 1`);
      expect(byRecord).toHaveLength(20);
      expect(byRecord.every((patient) => patient.medicalRecordNumber?.startsWith(`${t.toUpperCase()}-1`))).toBe(true);

      expect(await backfillPatientSearchText(db)).toBe(0);
      expect(await rows()).toEqual(filled);
    });
  });
}
