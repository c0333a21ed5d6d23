/**
 * A patient's history, the same on every engine: every screening of that patient and no other, oldest first,
 * with totals computed from the stored answers (none for a partly answered questionnaire), the signature as
 * stored, replaced versions marked, the view audited, and an unknown patient answered with null.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { getPatientHistory } from "@/lib/db/get-patient-history.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import type { PatientHistoryScreening } from "@/lib/db/types";
import { assess } from "@/lib/rules";
import type { ScreeningInput } from "@/lib/screening/schema";

import { ACTOR, ensureTestClinician, uniqueInput } from "./db-suite";

interface Saved {
  readonly screeningId: string;
  readonly patientId: string;
  readonly patient: ScreeningInput["patient"];
}

/**
 * Saves a screening as the form does (with its real assessment), for a new patient or, given an earlier save,
 * for that one's patient under the same identity (a changed identity would need confirming).
 */
async function save(input: ScreeningInput, samePatientAs?: Saved): Promise<Saved> {
  const patient = samePatientAs?.patient ?? input.patient;
  const stored = { ...input, patient };
  const result = await saveScreening({ actor: ACTOR, submissionId: randomUUID(), input: stored, assessment: assess(stored), patientId: samePatientAs?.patientId });
  if (!result.ok) throw new Error(`expected the screening to be saved: ${JSON.stringify(result)}`);
  const db = await getDb();
  const row = await db.screening.findUniqueOrThrow({ where: { id: result.screeningId }, select: { patientId: true } });
  return { screeningId: result.screeningId, patientId: row.patientId, patient };
}

async function setCreatedAt(screeningId: string, createdAt: Date): Promise<void> {
  const db = await getDb();
  await db.screening.update({ where: { id: screeningId }, data: { createdAt } });
}

async function lastAuditEvent() {
  const db = await getDb();
  return db.auditEvent.findFirst({ orderBy: { sequence: "desc" } });
}

const ids = (screenings: readonly PatientHistoryScreening[]) => screenings.map((screening) => screening.id);

export function describePatientHistory(engine: string) {
  describe(`a patient's history on ${engine}`, { timeout: 60_000 }, () => {
    beforeAll(ensureTestClinician);

    it("lists every screening of the patient oldest first, with vitals, totals and flags from what was stored", async () => {
      const first = uniqueInput({
        vitals: { systolic: 152, diastolic: 94, heartRate: 88 },
        mentalHealth: { depression: "current", phq9Items: [1, 1, 1, 1, 1, 1, 1, 1, 1], gad7Items: [2, 2, 2, 2, 2, 0, 0] },
      });
      const saved = await save(first);
      const { screeningId: firstId, patientId } = saved;
      const second = { ...first, vitals: { ...first.vitals, systolic: 128, diastolic: 82, heartRate: 70 }, mentalHealth: { ...first.mentalHealth, phq9Items: [3, 3, 3, 3, 3, 3, 3, 3, null], gad7Items: undefined } };
      const { screeningId: secondId } = await save(second, saved);
      const { screeningId: thirdId } = await save({ ...first, mentalHealth: { ...first.mentalHealth, phq9Items: undefined, gad7Items: undefined } }, saved);
      // Stored out of time order: the history follows the screening times, not the order of insertion.
      await setCreatedAt(firstId, new Date("2026-03-01T09:00:00Z"));
      await setCreatedAt(secondId, new Date("2026-01-01T09:00:00Z"));
      await setCreatedAt(thirdId, new Date("2026-02-01T09:00:00Z"));

      const history = await getPatientHistory(ACTOR, patientId);
      expect(history?.patient).toEqual({
        id: patientId,
        fullName: first.patient.fullName,
        dateOfBirth: first.patient.dateOfBirth,
        medicalRecordNumber: first.patient.medicalRecordNumber,
        sexAtBirth: first.patient.sexAtBirth,
      });
      expect(ids(history?.screenings ?? [])).toEqual([secondId, thirdId, firstId]);
      const [byDate2, byDate3, byDate1] = history?.screenings ?? [];
      expect(byDate2).toMatchObject({ systolic: 128, diastolic: 82, heartRate: 70, phq9: { status: "incomplete", answered: 8, itemCount: 9 }, gad7: { status: "not-recorded" } });
      expect(byDate3).toMatchObject({ phq9: { status: "not-recorded" }, gad7: { status: "not-recorded" } });
      expect(byDate1).toEqual({
        id: firstId,
        createdAt: new Date("2026-03-01T09:00:00Z"),
        status: "awaiting-review",
        version: 1,
        amendsId: null,
        replacedById: null,
        outcome: null,
        signature: null,
        highestSeverity: assess(first).flags[0]?.severity ?? null,
        systolic: 152,
        diastolic: 94,
        heartRate: 88,
        phq9: { status: "complete", total: 9 },
        gad7: { status: "complete", total: 10 },
        flags: assess(first).flags.map((flag) => ({ ruleId: flag.ruleId, severity: flag.severity })),
      });
    });

    it("never includes another patient's screenings", async () => {
      const mine = await save(uniqueInput());
      const theirs = await save(uniqueInput());
      await save(uniqueInput(), theirs);
      const history = await getPatientHistory(ACTOR, mine.patientId);
      expect(ids(history?.screenings ?? [])).toEqual([mine.screeningId]);
      const db = await getDb();
      const filed = await db.screening.findMany({ where: { id: { in: ids(history?.screenings ?? []) } }, select: { patientId: true } });
      expect(new Set(filed.map((row) => row.patientId))).toEqual(new Set([mine.patientId]));
    });

    it("shows the patient's identity now, and screenings of the same instant in id order", async () => {
      const saved = await save(uniqueInput());
      const { screeningId: a, patientId } = saved;
      const { screeningId: b } = await save(uniqueInput(), saved);
      const same = new Date("2026-04-01T10:00:00Z");
      await setCreatedAt(a, same);
      await setCreatedAt(b, same);
      const db = await getDb();
      await db.patient.update({ where: { id: patientId }, data: { fullName: "Renamed Since" } });
      const history = await getPatientHistory(ACTOR, patientId);
      expect(history?.patient.fullName).toBe("Renamed Since");
      expect(ids(history?.screenings ?? [])).toEqual([a, b].sort());
    });

    it("gives the outcome and the signature as stored, and marks a version replaced by its amendment", async () => {
      const saved = await save(uniqueInput());
      const { screeningId: original, patientId } = saved;
      const { screeningId: amendment } = await save(uniqueInput(), saved);
      const signedAt = new Date("2026-05-02T11:30:00Z");
      const db = await getDb();
      // Signing and amending are other modules' work; the history only reads their columns.
      await db.screening.update({
        where: { id: original },
        data: { status: "amended", outcome: "deferred", signedById: ACTOR.userId, signedAt, signerName: "Dr Signing Name", signerRole: "clinician" },
      });
      await db.screening.update({ where: { id: amendment }, data: { version: 2, amendsId: original, amendmentReason: "Corrected blood pressure" } });

      const history = await getPatientHistory(ACTOR, patientId);
      expect(history?.screenings.map((s) => [s.id, s.status, s.version, s.amendsId, s.replacedById, s.outcome, s.signature])).toEqual([
        [original, "amended", 1, null, amendment, "deferred", { name: "Dr Signing Name", role: "clinician", signedAt }],
        [amendment, "awaiting-review", 2, original, null, null, null],
      ]);
    });

    it("records the view in the audit trail, naming the patient by id only", async () => {
      const saved = await save(uniqueInput());
      const { patientId } = saved;
      const { screeningId: second } = await save(uniqueInput(), saved);
      await getPatientHistory(ACTOR, patientId);
      const event = await lastAuditEvent();
      expect(event).toMatchObject({
        event: "patient-history-viewed",
        outcome: "success",
        actorUserId: ACTOR.userId,
        actorEmail: ACTOR.email,
        ipAddress: ACTOR.ipAddress,
        recordType: "patient",
        recordId: patientId,
        patientId,
      });
      expect(JSON.parse(event?.detail ?? "null")).toEqual({ screenings: 2 });
      expect(event?.detail).not.toContain(second);
    });

    it("answers null for an unknown patient and records no view", async () => {
      const before = await lastAuditEvent();
      expect(await getPatientHistory(ACTOR, "no-such-patient")).toBeNull();
      expect((await lastAuditEvent())?.sequence).toBe(before?.sequence);
    });

    it("is read only on behalf of a signed-in person", async () => {
      const { patientId } = await save(uniqueInput());
      await expect(getPatientHistory({ userId: null, email: "command line", ipAddress: "local" }, patientId)).rejects.toThrow(/signed-in user/);
    });

    it("reads a long history in one pass, oldest first", async () => {
      const { screeningId, patientId } = await save(uniqueInput());
      const db = await getDb();
      const stored = await db.screening.findUniqueOrThrow({ where: { id: screeningId } });
      const start = Date.UTC(2020, 0, 1);
      const count = 400;
      await db.screening.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          id: `history-${patientId}-${String(i).padStart(4, "0")}`,
          submissionId: randomUUID(),
          patientId,
          input: stored.input ?? {},
          systolic: 100 + (i % 60),
          diastolic: 60 + (i % 30),
          heartRate: 50 + (i % 50),
          course: stored.course,
          rulesVersion: stored.rulesVersion,
          // Newest-inserted first in time, so insertion order and time order disagree.
          createdAt: new Date(start + (count - i) * 86_400_000),
        })),
      });
      const began = performance.now();
      const history = await getPatientHistory(ACTOR, patientId);
      const took = performance.now() - began;
      const times = history?.screenings.map((s) => s.createdAt.getTime()) ?? [];
      expect(times).toHaveLength(count + 1);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // Loose on purpose (a shared two-core machine): a per-screening query would take far longer.
      expect(took).toBeLessThan(5_000);
    });
  });
}
