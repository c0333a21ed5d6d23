/**
 * The data-access behaviour every engine must show. Each engine's test file creates its database, opens the
 * client on it, and calls `describeDataAccess`.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { getPatientPrefill } from "@/lib/db/get-patient-prefill.server";
import { getScreening } from "@/lib/db/get-screening.server";
import { getPatientSummary } from "@/lib/db/get-patient-summary.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import type { Actor, SaveScreeningArgs } from "@/lib/db/types";
import { assess, RULES_VERSION } from "@/lib/rules";
import type { Assessment, Flag } from "@/lib/rules/types";
import type { ScreeningInput } from "@/lib/screening/schema";

import { makeScreeningInput } from "./screening-factory";

/** A real assessment of a high-risk screening: the stored flags are what the rules produce. */
export const ASSESSMENT: Assessment = assess(
  makeScreeningInput({
    vitals: { systolic: 152, diastolic: 94, heartRate: 88 },
    cardiovascular: { conditions: ["arrhythmia"] },
  }),
);
export const FLAGS: readonly Flag[] = ASSESSMENT.flags;

/** A unique synthetic patient, so tests sharing one database never meet. */
export function uniqueInput(overrides: Parameters<typeof makeScreeningInput>[0] = {}): ScreeningInput {
  const tag = randomUUID().slice(0, 8);
  const base = makeScreeningInput(overrides);
  return {
    ...base,
    patient: { fullName: `Test Patient ${tag}`, medicalRecordNumber: `MRN-${tag}`, ...overrides.patient, dateOfBirth: base.patient.dateOfBirth, sexAtBirth: base.patient.sexAtBirth },
  };
}

/**
 * The clinician on whose behalf the data-access calls run: a real account (screenings reference their
 * author), created once per database by `describeDataAccess`.
 */
export const ACTOR: Actor = { userId: "data-access-test-clinician", email: "clinician@test.invalid", ipAddress: "127.0.0.1" };

export async function ensureTestClinician(): Promise<void> {
  const db = await getDb();
  await db.user.upsert({
    where: { id: ACTOR.userId ?? "" },
    create: { id: ACTOR.userId ?? "", name: "Data Access Clinician", email: ACTOR.email },
    update: {},
    select: { id: true },
  });
}

export function saveArgs(input: ScreeningInput, extra: Partial<SaveScreeningArgs> = {}): SaveScreeningArgs {
  return { actor: ACTOR, submissionId: randomUUID(), input, assessment: ASSESSMENT, ...extra };
}

async function saveOk(args: SaveScreeningArgs): Promise<string> {
  const result = await saveScreening(args);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.fieldErrors)}`);
  return result.screeningId;
}

async function counts() {
  const db = await getDb();
  return { patients: await db.patient.count(), screenings: await db.screening.count(), flags: await db.flag.count() };
}

export function describeDataAccess(engine: string) {
  describe(`data access on ${engine}`, { timeout: 30_000 }, () => {
    beforeAll(ensureTestClinician);

    it("stores a screening and its flags in one go and reads them back equal", async () => {
      const input = uniqueInput({ vitals: { systolic: 152, diastolic: 94, heartRate: 88 }, notes: "Anxious today" });
      const result = await saveScreening(saveArgs(input));
      expect(result).toMatchObject({ ok: true, duplicate: false });
      if (!result.ok) return;

      const detail = await getScreening(ACTOR, result.screeningId);
      expect(detail).not.toBeNull();
      expect(detail?.input).toEqual(input);
      expect(detail?.status).toBe("awaiting-review");
      expect(detail?.highestSeverity).toBe("critical");
      expect(detail?.rulesVersion).toBe(RULES_VERSION);
      expect(detail?.createdAt).toBeInstanceOf(Date);
      expect(detail?.patient).toEqual({
        id: expect.any(String),
        fullName: input.patient.fullName,
        dateOfBirth: input.patient.dateOfBirth,
        medicalRecordNumber: input.patient.medicalRecordNumber,
        sexAtBirth: input.patient.sexAtBirth,
      });
      // Stored as assessed, with no review yet: no decision, no tick, no signature, a first version.
      expect(detail?.flags.map((flag) => ({ ...flag, id: undefined }))).toEqual(FLAGS.map((flag) => ({ ...flag, id: undefined, decision: null, discussed: null })));
      expect(new Set(detail?.flags.map((flag) => flag.id)).size).toBe(FLAGS.length);
      expect(detail?.signature).toBeNull();
      expect(detail?.versions).toEqual({ version: 1, amends: null, amendedById: null });
      // Only the listed fields: no whole rows.
      expect(Object.keys(detail ?? {}).sort()).toEqual(["createdAt", "flags", "highestSeverity", "id", "input", "patient", "rulesVersion", "signature", "status", "versions"]);

      const db = await getDb();
      const row = await db.screening.findUniqueOrThrow({ where: { id: result.screeningId } });
      expect(row).toMatchObject({ systolic: 152, diastolic: 94, heartRate: 88, course: "single" });
    });

    it("stores a screening without flags with no highest severity", async () => {
      const id = await saveOk(saveArgs(uniqueInput(), { assessment: { rulesVersion: "r", flags: [] } }));
      const detail = await getScreening(ACTOR, id);
      expect(detail?.highestSeverity).toBeNull();
      expect(detail?.flags).toEqual([]);
    });

    it("returns null for an unknown screening", async () => {
      expect(await getScreening(ACTOR, "no-such-screening")).toBeNull();
    });

    it("returns the first screening for a repeated submission and writes nothing more", async () => {
      const args = saveArgs(uniqueInput());
      const first = await saveScreening(args);
      const before = await counts();
      const again = await saveScreening({ ...args, input: uniqueInput(), assessment: { rulesVersion: "other", flags: [] } });
      expect(first).toMatchObject({ ok: true, duplicate: false });
      expect(again).toEqual({ ok: true, screeningId: first.ok ? first.screeningId : "", duplicate: true });
      expect(await counts()).toEqual(before);
    });

    it("records the events it is given with the screening, just before its creation, and only when it stores one", async () => {
      const db = await getDb();
      const tokenUse = (recordId: string) => ({
        actorUserId: ACTOR.userId,
        actorEmail: ACTOR.email,
        event: "api-token-used" as const,
        outcome: "success" as const,
        recordType: "api-token",
        recordId,
        patientId: null,
        ipAddress: ACTOR.ipAddress,
        detail: { operation: "createScreening", method: "POST" },
      });
      const eventsFor = (recordId: string) => db.auditEvent.findMany({ where: { recordId }, select: { sequence: true, event: true } });

      const args = saveArgs(uniqueInput(), { alsoAudit: [tokenUse("use-stored")] });
      const id = await saveOk(args);
      const [used] = await eventsFor("use-stored");
      const [created] = await eventsFor(id);
      expect(used?.event).toBe("api-token-used");
      expect(created).toEqual({ sequence: used!.sequence + 1, event: "screening-created" });

      // A repeat stores nothing, and so records nothing either; neither does a save that fails.
      await saveScreening({ ...args, alsoAudit: [tokenUse("use-repeat")] });
      const duplicateRule = { rulesVersion: "r", flags: [FLAGS[0]!, FLAGS[0]!] };
      await expect(saveScreening(saveArgs(uniqueInput(), { assessment: duplicateRule, alsoAudit: [tokenUse("use-failed")] }))).rejects.toThrow();
      expect(await eventsFor("use-repeat")).toEqual([]);
      expect(await eventsFor("use-failed")).toEqual([]);
    });

    it("stores one screening when the same submission arrives many times at once", async () => {
      const args = saveArgs(uniqueInput());
      const results = await Promise.all(Array.from({ length: 12 }, () => saveScreening(args)));
      const ids = new Set(results.map((result) => (result.ok ? result.screeningId : "failed")));
      expect(ids.size).toBe(1);
      expect(ids.has("failed")).toBe(false);
      expect(results.filter((result) => result.ok && !result.duplicate)).toHaveLength(1);
      const db = await getDb();
      expect(await db.screening.count({ where: { submissionId: args.submissionId } })).toBe(1);
      expect(await db.patient.count({ where: { medicalRecordNumber: args.input.patient.medicalRecordNumber } })).toBe(1);
    });

    it("rolls back the patient and screening when a flag fails to store", async () => {
      const input = uniqueInput();
      const before = await counts();
      const duplicateRule = { rulesVersion: "r", flags: [FLAGS[0]!, { ...FLAGS[0]!, summary: "same rule twice" }] };
      await expect(saveScreening(saveArgs(input, { assessment: duplicateRule }))).rejects.toThrow();
      expect(await counts()).toEqual(before);
      const db = await getDb();
      expect(await db.patient.findUnique({ where: { medicalRecordNumber: input.patient.medicalRecordNumber } })).toBeNull();
    });

    it("rolls back an identity update when the screening fails to store", async () => {
      const input = uniqueInput();
      const first = await saveOk(saveArgs(input));
      const patientId = (await getScreening(ACTOR, first))!.patient.id;
      const renamed = { ...input, patient: { ...input.patient, fullName: "Renamed Patient" } };
      const duplicateRule = { rulesVersion: "r", flags: [FLAGS[1]!, FLAGS[1]!] };
      const before = await counts();
      const confirmedIdentityChange = [{ field: "fullName" as const, from: input.patient.fullName, to: "Renamed Patient" }];
      await expect(saveScreening(saveArgs(renamed, { patientId, assessment: duplicateRule, confirmedIdentityChange }))).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect((await getPatientSummary(ACTOR, patientId))?.fullName).toBe(input.patient.fullName);
    });

    describe("patient resolution", () => {
      it("files a screening under the chosen patient and updates their identity once the change is confirmed", async () => {
        const input = uniqueInput();
        const patientId = (await getScreening(ACTOR, await saveOk(saveArgs(input))))!.patient.id;
        const updated = { ...input, patient: { ...input.patient, fullName: "New Name", medicalRecordNumber: `MRN-${randomUUID().slice(0, 8)}` } };
        const confirmedIdentityChange = [
          { field: "fullName" as const, from: input.patient.fullName, to: "New Name" },
          { field: "medicalRecordNumber" as const, from: input.patient.medicalRecordNumber ?? null, to: updated.patient.medicalRecordNumber },
        ];
        const second = await getScreening(ACTOR, await saveOk(saveArgs(updated, { patientId, confirmedIdentityChange })));
        expect(second?.patient).toEqual({
          id: patientId,
          fullName: "New Name",
          dateOfBirth: input.patient.dateOfBirth,
          medicalRecordNumber: updated.patient.medicalRecordNumber,
          sexAtBirth: input.patient.sexAtBirth,
        });
      });

      it("keeps a chosen patient's record number when the repeat screening leaves it out", async () => {
        const input = uniqueInput();
        const patientId = (await getScreening(ACTOR, await saveOk(saveArgs(input))))!.patient.id;
        const withoutNumber = { ...input, patient: { ...input.patient, medicalRecordNumber: undefined } };
        const second = await getScreening(ACTOR, await saveOk(saveArgs(withoutNumber, { patientId })));
        expect(second?.patient.medicalRecordNumber).toBe(input.patient.medicalRecordNumber);
      });

      it("reports an unknown patient id and writes nothing", async () => {
        const before = await counts();
        const result = await saveScreening(saveArgs(uniqueInput(), { patientId: "no-such-patient" }));
        expect(result).toEqual({ ok: false, fieldErrors: { patientId: [expect.any(String)] } });
        expect(await counts()).toEqual(before);
      });

      it("refuses a chosen patient's new record number when another patient has it", async () => {
        const other = uniqueInput();
        await saveOk(saveArgs(other));
        const mine = uniqueInput();
        const patientId = (await getScreening(ACTOR, await saveOk(saveArgs(mine))))!.patient.id;
        const before = await counts();
        const result = await saveScreening(saveArgs({ ...mine, patient: { ...mine.patient, medicalRecordNumber: other.patient.medicalRecordNumber } }, { patientId }));
        expect(result).toEqual({ ok: false, fieldErrors: { "patient.medicalRecordNumber": ["This record number belongs to another patient"] } });
        expect(await counts()).toEqual(before);
      });

      it("finds the patient by record number when name (any case, trimmed) and date of birth match", async () => {
        const input = uniqueInput();
        const first = await getScreening(ACTOR, await saveOk(saveArgs(input)));
        const shouted = { ...input, patient: { ...input.patient, fullName: `  ${input.patient.fullName.toUpperCase()} ` } };
        const second = await getScreening(ACTOR, await saveOk(saveArgs(shouted)));
        expect(second?.patient.id).toBe(first?.patient.id);
      });

      it.each([
        ["another name", { fullName: "Someone Else" }],
        ["another date of birth", { dateOfBirth: "1970-01-01" }],
      ])("refuses a known record number with %s and writes nothing", async (_label, change) => {
        const input = uniqueInput();
        await saveOk(saveArgs(input));
        const before = await counts();
        const result = await saveScreening(saveArgs({ ...input, patient: { ...input.patient, ...change } }));
        expect(result).toEqual({ ok: false, fieldErrors: { "patient.medicalRecordNumber": ["This record number belongs to another patient"] } });
        expect(await counts()).toEqual(before);
      });

      it("creates a new patient for each screening without a record number or patient id", async () => {
        const input = uniqueInput();
        const withoutNumber = { ...input, patient: { fullName: input.patient.fullName, dateOfBirth: input.patient.dateOfBirth, sexAtBirth: input.patient.sexAtBirth } };
        const a = await getScreening(ACTOR, await saveOk(saveArgs(withoutNumber)));
        const b = await getScreening(ACTOR, await saveOk(saveArgs(withoutNumber)));
        expect(a?.patient.id).not.toBe(b?.patient.id);
        expect(a?.patient.medicalRecordNumber).toBeNull();
      });
    });

    it("lists screenings newest first with only the list fields", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        ids.push(await saveOk(saveArgs(uniqueInput())));
        // Distinct creation times; the order, not the time taken, is what is checked.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const list = (await listScreenings(ACTOR, { sort: "newest" }, { limit: 500 })).items;
      const positions = ids.map((id) => list.findIndex((item) => item.id === id));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => b - a)).toEqual(positions);
      expect(list[0]?.id).toBe(ids[2]);
      const item = list[0]!;
      expect(Object.keys(item).sort()).toEqual(["createdAt", "decisionFlags", "highestSeverity", "id", "outcome", "patient", "signerName", "status"]);
      expect(Object.keys(item.patient).sort()).toEqual(["dateOfBirth", "fullName", "id", "medicalRecordNumber"]);
      expect((await listScreenings(ACTOR, { sort: "newest" }, { limit: 2 })).items).toHaveLength(2);
      for (let i = 1; i < list.length; i += 1) expect(list[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(list[i]!.createdAt.getTime());
    });

    it("reads one patient's summary with only its fields, null for an unknown id, and never for a system actor", async () => {
      const input = uniqueInput();
      const patientId = (await getScreening(ACTOR, await saveOk(saveArgs(input))))!.patient.id;
      expect(await getPatientSummary(ACTOR, patientId)).toEqual({
        id: patientId,
        fullName: input.patient.fullName,
        dateOfBirth: input.patient.dateOfBirth,
        medicalRecordNumber: input.patient.medicalRecordNumber,
      });
      expect(await getPatientSummary(ACTOR, "no-such-patient")).toBeNull();
      await expect(getPatientSummary({ userId: null, email: "command line", ipAddress: "local" }, patientId)).rejects.toThrow(/signed-in user/);
    });

    it("pre-fills from the latest screening without vitals, questionnaires, pregnancy, breastfeeding or notes", async () => {
      const older = uniqueInput({ medications: [] });
      const patientId = (await getScreening(ACTOR, await saveOk(saveArgs(older))))!.patient.id;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const latest: ScreeningInput = {
        ...older,
        cardiovascular: { conditions: ["arrhythmia"], hypertension: older.cardiovascular.hypertension },
        mentalHealth: { ...older.mentalHealth, phq9Items: [0, 1, 1, 0, 0, 2, 0, 0, 1], gad7Items: [1, 1, 0, 0, 2, null, 0] },
        allergies: { ketamineHypersensitivity: false, other: ["Latex"] },
        otherMedicines: ["Levothyroxine"],
        conditions: { ...older.conditions, hyperthyroidism: true },
        vitals: { ...older.vitals, weightKg: 81.5, heightCm: 172 },
        notes: "Private note",
      };
      await saveOk(saveArgs(latest, { patientId }));

      const prefill = await getPatientPrefill(ACTOR, patientId);
      expect(prefill).not.toBeNull();
      expect(prefill).not.toHaveProperty("vitals");
      expect(prefill).not.toHaveProperty("notes");
      expect(prefill?.mentalHealth).not.toHaveProperty("phq9Items");
      expect(prefill?.mentalHealth).not.toHaveProperty("gad7Items");
      const expected: Record<string, unknown> = structuredClone({ ...latest, mentalHealth: { ...latest.mentalHealth } });
      delete expected.vitals;
      delete expected.notes;
      delete expected.pregnancy;
      delete expected.breastfeeding;
      delete (expected.mentalHealth as Record<string, unknown>).phq9Items;
      delete (expected.mentalHealth as Record<string, unknown>).gad7Items;
      expect(prefill).toEqual(expected);
      expect(await getPatientPrefill(ACTOR, "no-such-patient")).toBeNull();
    });

    it("reads a stored screening back as of the day it was taken, whatever the patient's age today", async () => {
      // Aged 119 when screened in 2019, well over the 120-year bound of a new screening today.
      const input = uniqueInput();
      const stored = { ...input, patient: { ...input.patient, dateOfBirth: "1900-01-01" } };
      const id = await saveOk(saveArgs(stored));
      const db = await getDb();
      await db.screening.update({ where: { id }, data: { createdAt: new Date("2019-06-01T10:00:00Z") } });
      expect((await getScreening(ACTOR, id))?.input.patient.dateOfBirth).toBe("1900-01-01");
      const patientId = (await getScreening(ACTOR, id))!.patient.id;
      expect((await getPatientPrefill(ACTOR, patientId))?.patient.dateOfBirth).toBe("1900-01-01");
    });

    it("fails loudly on a stored input that no longer parses", async () => {
      const id = await saveOk(saveArgs(uniqueInput()));
      const db = await getDb();
      await db.screening.update({ where: { id }, data: { input: { patient: "garbage" } } });
      await expect(getScreening(ACTOR, id)).rejects.toThrow(/Stored input of screening/);
    });
  });
}
