/**
 * The CSV export's rows on a real database, shared by the SQLite and PostgreSQL test files: exactly the list's
 * rows in the list's order, across its internal pages, with the stored flags and measurements, audited once.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { exportScreenings } from "@/lib/db/export-screenings.server";
import { getScreening } from "@/lib/db/get-screening.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { saveScreening } from "@/lib/db/save-screening.server";

import { ACTOR, ASSESSMENT, ensureTestClinician, saveArgs, uniqueInput } from "./db-suite";

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

export function describeExport(engine: string) {
  describe(`CSV export rows on ${engine}`, { timeout: 120_000 }, () => {
    beforeAll(ensureTestClinician);

    it("holds every screening the filter matches, in the list's order, past its 500-row pages, audited once", async () => {
      const input = uniqueInput({ vitals: { systolic: 152, diastolic: 94, heartRate: 88, oxygenSaturation: 97 } });
      const first = await saveScreening(saveArgs(input));
      if (!first.ok) throw new Error("expected a stored screening");
      const db = await getDb();
      const { patientId } = await db.screening.findUniqueOrThrow({ where: { id: first.screeningId }, select: { patientId: true } });
      // 600 more of the same patient, written directly: more than one export page, quickly.
      const base = await db.screening.findUniqueOrThrow({ where: { id: first.screeningId } });
      await db.screening.createMany({
        data: Array.from({ length: 600 }, (_, index) => ({
          submissionId: randomUUID(),
          patientId,
          input: base.input as object,
          systolic: base.systolic,
          diastolic: base.diastolic,
          heartRate: base.heartRate,
          course: base.course,
          highestSeverity: base.highestSeverity,
          rulesVersion: base.rulesVersion,
          createdAt: new Date(base.createdAt.getTime() - (index % 7) * 1000),
        })),
      });
      const query = { sort: "newest" as const, patientId };
      const before = await db.auditEvent.count({ where: { event: "screenings-exported" } });

      const exported = await collect(exportScreenings(ACTOR, query, "csv"));
      const listed: string[] = [];
      for (let page = await listScreenings(ACTOR, query, { limit: 500 }); ; ) {
        listed.push(...page.items.map((item) => item.id));
        if (!page.nextCursor) break;
        page = await listScreenings(ACTOR, { ...query, after: page.nextCursor }, { limit: 500 });
      }
      expect(exported.map((row) => row.id)).toEqual(listed);
      expect(exported).toHaveLength(601);

      const own = exported.find((row) => row.id === first.screeningId);
      expect(own?.vitals).toEqual({ systolic: 152, diastolic: 94, heartRate: 88, oxygenSaturation: 97, weightKg: input.vitals.weightKg });
      expect(own?.flags).toEqual(ASSESSMENT.flags.map((flag) => ({ ruleId: flag.ruleId, severity: flag.severity })));
      expect(own?.patient.fullName).toBe(input.patient.fullName);

      const events = await db.auditEvent.findMany({ where: { event: "screenings-exported" }, orderBy: { sequence: "asc" }, skip: before });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorUserId: ACTOR.userId, patientId, outcome: "success" });
      expect(JSON.parse(events[0]!.detail!)).toEqual({ format: "csv", sort: "newest" });
    });

    it("reads the database a page at a time, as the rows are taken: what is not yet read is not held", async () => {
      const input = uniqueInput();
      const first = await saveScreening(saveArgs(input));
      if (!first.ok) throw new Error("expected a stored screening");
      const db = await getDb();
      const base = await db.screening.findUniqueOrThrow({ where: { id: first.screeningId } });
      await db.screening.createMany({
        data: Array.from({ length: 700 }, (_, index) => ({
          submissionId: randomUUID(),
          patientId: base.patientId,
          input: base.input as object,
          systolic: base.systolic,
          diastolic: base.diastolic,
          heartRate: base.heartRate,
          course: base.course,
          rulesVersion: base.rulesVersion,
          createdAt: new Date(base.createdAt.getTime() - (index + 1) * 1000),
        })),
      });
      const rows = exportScreenings(ACTOR, { sort: "newest", patientId: base.patientId }, "csv");
      const taken = [(await rows.next()).value];
      // Rows past the first page are deleted once the first row has been taken: an export that had gathered every
      // row before answering would still yield them; one that reads a page at a time never sees them.
      const firstPage = await db.screening.findMany({ where: { patientId: base.patientId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500, select: { id: true } });
      await db.screening.deleteMany({ where: { patientId: base.patientId, id: { notIn: firstPage.map((row) => row.id) } } });
      for await (const row of rows) taken.push(row);
      expect(taken).toHaveLength(500);
      await rows.return(undefined);
    });

    it("records a screening read for a PDF or FHIR file as an export of that format, not as a view", async () => {
      const saved = await saveScreening(saveArgs(uniqueInput()));
      if (!saved.ok) throw new Error("expected a stored screening");
      expect(await getScreening(ACTOR, saved.screeningId, { kind: "export", format: "pdf" })).not.toBeNull();
      expect(await getScreening(ACTOR, saved.screeningId, { kind: "export", format: "fhir" })).not.toBeNull();
      const db = await getDb();
      const events = await db.auditEvent.findMany({ where: { recordId: saved.screeningId, event: { in: ["screening-viewed", "screening-exported"] } }, orderBy: { sequence: "asc" } });
      expect(events.map((event) => [event.event, event.detail])).toEqual([
        ["screening-exported", '{"format":"pdf"}'],
        ["screening-exported", '{"format":"fhir"}'],
      ]);
    });
  });
}
