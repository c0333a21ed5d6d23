import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { patientSearchText } from "@/lib/patients/fold-search-text";

import { runNpmScript } from "../support/audit-processes";
import { createSqliteDatabase } from "../support/db-engines";
import { describePatientSearchTextBackfill } from "../support/patient-search-text-backfill-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

prepareTestDatabase(createSqliteDatabase);
describePatientSearchTextBackfill("SQLite");

describe("npm run db:migrate", { timeout: 120_000 }, () => {
  it("fills the search text of patients written without it, and a second run changes nothing", async () => {
    const database = await createSqliteDatabase();
    try {
      const raw = new Database(database.filePath);
      const insert = raw.prepare(`INSERT INTO "Patient" (id, "fullName", "dateOfBirth", "sexAtBirth", "medicalRecordNumber", "updatedAt") VALUES (?, ?, '1979-03-14', 'male', ?, 0)`);
      insert.run("p1", "MÜLLER Anna", "AB-1");
      insert.run("p2", "Γιώργος Οικονόμου", null);
      raw.close();
      const searchTexts = () => {
        const db = new Database(database.filePath, { readonly: true });
        try {
          return db.prepare(`SELECT id, "searchText" FROM "Patient" ORDER BY id`).all();
        } finally {
          db.close();
        }
      };

      const first = await runNpmScript("db:migrate", [], database.url);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain("Filled the search text of 2 patient(s).");
      expect(searchTexts()).toEqual([
        { id: "p1", searchText: patientSearchText("MÜLLER Anna", "AB-1") },
        { id: "p2", searchText: patientSearchText("Γιώργος Οικονόμου", null) },
      ]);

      const second = await runNpmScript("db:migrate", [], database.url);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toContain("is up to date");
      expect(second.stdout).not.toContain("Filled");
      expect(searchTexts()).toEqual([
        { id: "p1", searchText: "ab-1\u24C7müller anna" },
        { id: "p2", searchText: "\u24C7γιώργος οικονόμου" },
      ]);
    } finally {
      await database.drop();
    }
  });
});
