/**
 * The patient search, the same on every engine: each engine's test file calls `describePatientSearch` on the
 * database it prepared. Patients are inserted directly (the search reads patients only), with the search text
 * the app writes (`patientSearchText`), each test under its own random tag so that tests sharing one database
 * never see each other's patients.
 */
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { searchPatients } from "@/lib/db/search-patients.server";
import type { PatientOption } from "@/lib/db/types";
import { patientSearchText } from "@/lib/patients/fold-search-text";
import { PATIENT_SEARCH_LIMIT } from "@/lib/patients/patient-query";

import { ACTOR, ensureTestClinician } from "./db-suite";

/** A tag no other patient's name or record number contains: "Qk" and eight random letters or digits. */
function tag(): string {
  return `Qk${randomBytes(4).toString("hex")}`;
}

interface NewPatient {
  readonly fullName: string;
  readonly dateOfBirth?: string;
  readonly medicalRecordNumber?: string;
  /** As written by the app unless given; "" is a row from before the column, not yet backfilled. */
  readonly searchText?: string;
}

async function insertPatients(patients: readonly NewPatient[]): Promise<PatientOption[]> {
  const db = await getDb();
  const created: PatientOption[] = [];
  // One at a time, in order: ids grow with time, so the order of insertion is the order the search reads them.
  for (const patient of patients) {
    created.push(
      await db.patient.create({
        data: {
          dateOfBirth: "1979-03-14",
          sexAtBirth: "female",
          medicalRecordNumber: null,
          searchText: patientSearchText(patient.fullName, patient.medicalRecordNumber ?? null),
          ...patient,
        },
        select: { id: true, fullName: true, dateOfBirth: true, medicalRecordNumber: true },
      }),
    );
  }
  return created;
}

/** More patients than one batch of the search, in one statement. */
async function insertManyPatients(fullNames: readonly string[]): Promise<void> {
  const db = await getDb();
  await db.patient.createMany({
    data: fullNames.map((fullName) => ({ fullName, dateOfBirth: "1979-03-14", sexAtBirth: "male", searchText: patientSearchText(fullName, null) })),
  });
}

const names = (patients: readonly PatientOption[]) => patients.map((patient) => patient.fullName);
const numbered = new Intl.Collator("en", { numeric: true });
const byNumber = (a: string, b: string) => numbered.compare(a, b);

export function describePatientSearch(engine: string) {
  describe(`patient search on ${engine}`, { timeout: 60_000 }, () => {
    beforeAll(ensureTestClinician);

    it("finds a name by any part of it, in any case, also outside ASCII", async () => {
      const t = tag();
      await insertPatients([{ fullName: `Eleanor ${t}son` }, { fullName: `ZOË ${t}` }]);
      expect(names(await searchPatients(ACTOR, `${t.toUpperCase()}SON`))).toEqual([`Eleanor ${t}son`]);
      expect(names(await searchPatients(ACTOR, `eLEANOR ${t.toLowerCase()}`))).toEqual([`Eleanor ${t}son`]);
      expect(names(await searchPatients(ACTOR, `zoë ${t.toLowerCase()}`))).toEqual([`ZOË ${t}`]);
      expect(names(await searchPatients(ACTOR, `  ${t.toLowerCase()}  `))).toEqual([`Eleanor ${t}son`, `ZOË ${t}`]);
    });

    it("gives the same answer where the engines' lower() differ (the Kelvin sign is not a K on either)", async () => {
      const t = tag();
      // PostgreSQL lowers the Kelvin sign to "k", SQLite keeps it: the match itself is decided in JavaScript.
      await insertPatients([{ fullName: `\u212Aelvin ${t}` }, { fullName: `Kelvin ${t}` }]);
      expect(names(await searchPatients(ACTOR, `kelvin ${t}`))).toEqual([`Kelvin ${t}`]);
      expect(names(await searchPatients(ACTOR, `\u212Aelvin ${t}`))).toEqual([`\u212Aelvin ${t}`]);
    });

    it("finds a record number exactly or by its beginning, in any case, and not by its middle", async () => {
      const t = tag();
      await insertPatients([
        { fullName: "Record One", medicalRecordNumber: `${t}-0001` },
        { fullName: "Record Two", medicalRecordNumber: `${t}-0002` },
        { fullName: "Record Hundred", medicalRecordNumber: `${t}-0100` },
      ]);
      expect(names(await searchPatients(ACTOR, `${t.toLowerCase()}-000`))).toEqual(["Record One", "Record Two"]);
      expect(names(await searchPatients(ACTOR, `${t.toUpperCase()}-0100`))).toEqual(["Record Hundred"]);
      expect(await searchPatients(ACTOR, `${t.slice(2)}-0001`)).toEqual([]);
      expect(Object.keys((await searchPatients(ACTOR, `${t}-0001`))[0]!).sort()).toEqual(["dateOfBirth", "fullName", "id", "medicalRecordNumber"]);
    });

    it("ranks exact record number, name beginning, word beginning, record number beginning, then name containing", async () => {
      const t = tag();
      const q = t.toLowerCase();
      const twins = await insertPatients([{ fullName: `Bob ${t}ley` }, { fullName: `Bob ${t}ley` }]);
      await insertPatients([
        { fullName: `Carl Mc${t}`, dateOfBirth: "1950-01-01" },
        { fullName: "Record Prefix", medicalRecordNumber: `${t}-7` },
        { fullName: `${t}ford Alice` },
        { fullName: `${t}ford Aaron` },
        { fullName: "Exact Record", medicalRecordNumber: t.toUpperCase() },
        { fullName: `Bob ${t}ley`, dateOfBirth: "1940-05-05" },
      ]);
      const [firstTwin, secondTwin] = [...twins].sort((a, b) => (a.id < b.id ? -1 : 1));
      const found = await searchPatients(ACTOR, q);
      expect(found.map((patient) => `${patient.fullName} ${patient.dateOfBirth}`)).toEqual([
        "Exact Record 1979-03-14",
        `${t}ford Aaron 1979-03-14`,
        `${t}ford Alice 1979-03-14`,
        `Bob ${t}ley 1940-05-05`,
        `Bob ${t}ley 1979-03-14`,
        `Bob ${t}ley 1979-03-14`,
        "Record Prefix 1979-03-14",
        `Carl Mc${t} 1950-01-01`,
      ]);
      // Same name and birth date: by id, the same every time.
      expect(found.slice(4, 6).map((patient) => patient.id)).toEqual([firstTwin!.id, secondTwin!.id]);
      expect(await searchPatients(ACTOR, q)).toEqual(found);
    });

    it(`returns at most ${PATIENT_SEARCH_LIMIT}, the best by name`, async () => {
      const t = tag();
      await insertPatients(Array.from({ length: 25 }, (_, index) => ({ fullName: `Limit ${t} ${25 - index}` })));
      expect(names(await searchPatients(ACTOR, t))).toEqual(Array.from({ length: 20 }, (_, index) => `Limit ${t} ${index + 1}`));
    });

    it("keeps the best match when it is read in a later batch of candidates", async () => {
      const t = tag();
      await insertManyPatients(Array.from({ length: 1_050 }, (_, index) => `Many Mc${t} ${index}`));
      await insertPatients([{ fullName: `${t} Last` }]);
      const found = await searchPatients(ACTOR, t);
      expect(found).toHaveLength(PATIENT_SEARCH_LIMIT);
      expect(found[0]?.fullName).toBe(`${t} Last`);
      expect(found[1]?.fullName).toBe(`Many Mc${t} 0`);
    });

    it("with more matches than one batch, answers from the two best ranks alone only when 20 patients take them", async () => {
      const t = tag();
      const prefixed = (count: number) => Array.from({ length: count }, (_, index) => `${t} Prefix ${index}`).sort(byNumber);
      // Inserted first, so that the first batch holds some of the two best ranks and the pass over them is tried.
      await insertPatients(prefixed(19).map((fullName) => ({ fullName })));
      await insertPatients([{ fullName: `Word ${t}`, medicalRecordNumber: `${t}-1` }]);
      await insertManyPatients(Array.from({ length: 1_050 }, (_, index) => `Broad Mc${t} ${index}`));
      expect(names(await searchPatients(ACTOR, t))).toEqual([...prefixed(19), `Word ${t}`]);

      await insertPatients([{ fullName: "Exact Record Number", medicalRecordNumber: t }]);
      expect(names(await searchPatients(ACTOR, t))).toEqual(["Exact Record Number", ...prefixed(19)]);
    });

    it.runIf(engine === "SQLite")("filters candidates on the index on id and search text, entered at the batch's first id", async () => {
      const db = await getDb();
      // The search's query shape (search-patients.server.ts): matching ids from the index, then their rows.
      const sql = `SELECT "id", "fullName", "dateOfBirth", "medicalRecordNumber" FROM "Patient" WHERE "id" IN (
        SELECT "id" FROM "Patient" WHERE "id" > 'c' AND ("searchText" LIKE 'a%' ESCAPE '\\' OR "searchText" LIKE 'b%' ESCAPE '\\' OR "searchText" = '')
        ORDER BY "id" LIMIT 1000) ORDER BY "id"`;
      const plan = (await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`)).map((step) => step.detail).join("\n");
      expect(plan).toContain("USING COVERING INDEX Patient_id_searchText_idx (id>?)");
      expect(plan).not.toMatch(/SCAN "?Patient"?$/m);
      expect(plan).not.toContain("TEMP B-TREE");
    });

    it("finds and ranks a patient whose search text is not filled yet (a row from before the backfill)", async () => {
      const t = tag();
      await insertPatients([
        { fullName: `Unfilled ${t}`, medicalRecordNumber: `${t}-9`, searchText: "" },
        { fullName: `${t} Filled` },
        { fullName: "Unfilled Record", medicalRecordNumber: t.toUpperCase(), searchText: "" },
        { fullName: `Unfilled X${t}`, searchText: "" },
      ]);
      expect(names(await searchPatients(ACTOR, t))).toEqual(["Unfilled Record", `${t} Filled`, `Unfilled ${t}`, `Unfilled X${t}`]);
      expect(names(await searchPatients(ACTOR, `${t}-9`))).toEqual([`Unfilled ${t}`]);
      expect(await searchPatients(ACTOR, `${t}-8`)).toEqual([]);
    });

    it.each([
      ["empty", ""],
      ["one character", "Q"],
      ["one character among spaces", "   k   "],
      ["longer than 100 characters", "a".repeat(101)],
    ])("finds nothing for a query that is %s", async (_label, query) => {
      await insertPatients([{ fullName: "Q k a Short Query" }]);
      expect(await searchPatients(ACTOR, query)).toEqual([]);
    });

    it("finds nothing when nothing matches, and reads LIKE wildcards as plain characters", async () => {
      expect(await searchPatients(ACTOR, tag())).toEqual([]);
      expect(await searchPatients(ACTOR, "%%")).toEqual([]);
      expect(await searchPatients(ACTOR, "__")).toEqual([]);
      const t = tag();
      await insertPatients([{ fullName: `Percent ${t}%_\\ Name` }]);
      expect(names(await searchPatients(ACTOR, `${t}%_\\`))).toEqual([`Percent ${t}%_\\ Name`]);
    });

    it("refuses a system actor", async () => {
      await expect(searchPatients({ userId: null, email: "command line", ipAddress: "local" }, "Smith")).rejects.toThrow(/signed-in user/);
    });
  });
}
