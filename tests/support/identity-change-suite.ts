/**
 * "A patient's identity is changed on purpose only", the same on every engine: each engine's test file prepares
 * its database and calls `describeIdentityChange`. Synthetic patients only (uniqueInput).
 */
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { getScreening } from "@/lib/db/get-screening.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import { searchPatients } from "@/lib/db/search-patients.server";
import type { SaveScreeningArgs } from "@/lib/db/types";
import { patientSearchText } from "@/lib/patients/fold-search-text";
import type { IdentityFieldChange } from "@/lib/patients/identity-change";
import type { ScreeningInput } from "@/lib/screening/schema";

import { ACTOR, ensureTestClinician, saveArgs, uniqueInput } from "./db-suite";

async function saveOk(args: SaveScreeningArgs): Promise<string> {
  const result = await saveScreening(args);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.screeningId;
}

/** A first screening, with the patient it created. */
async function knownPatient(): Promise<{ input: ScreeningInput; patientId: string; firstId: string }> {
  const input = uniqueInput();
  const firstId = await saveOk(saveArgs(input));
  return { input, patientId: (await getScreening(ACTOR, firstId))!.patient.id, firstId };
}

async function patientRow(id: string) {
  const db = await getDb();
  return db.patient.findUniqueOrThrow({ where: { id }, select: { fullName: true, dateOfBirth: true, sexAtBirth: true, medicalRecordNumber: true } });
}

async function screeningsOf(patientId: string): Promise<number> {
  return (await getDb()).screening.count({ where: { patientId } });
}

async function identityEvents(patientId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { patientId, event: "patient-identity-changed" },
    select: { actorUserId: true, outcome: true, recordType: true, recordId: true, patientId: true, detail: true },
  });
}

const renamed = (input: ScreeningInput, fullName: string): ScreeningInput => ({ ...input, patient: { ...input.patient, fullName } });

export function describeIdentityChange(engine: string) {
  describe(`patient identity changes on ${engine}`, { timeout: 60_000 }, () => {
    it("refuses a change without the confirmation, proposes it, and writes nothing", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const before = await patientRow(patientId);
      const changed = { ...renamed(input, "Changed Name"), patient: { ...input.patient, fullName: "Changed Name", dateOfBirth: "1970-01-02" } };
      const args = saveArgs(changed, { patientId });
      const eventsBefore = await (await getDb()).auditEvent.count();

      const result = await saveScreening(args);

      expect(result).toEqual({
        ok: false,
        identityChange: [
          { field: "fullName", from: input.patient.fullName, to: "Changed Name" },
          { field: "dateOfBirth", from: input.patient.dateOfBirth, to: "1970-01-02" },
        ],
      });
      expect(await patientRow(patientId)).toEqual(before);
      expect(await screeningsOf(patientId)).toBe(1);
      expect(await (await getDb()).screening.findUnique({ where: { submissionId: args.submissionId } })).toBeNull();
      expect(await (await getDb()).auditEvent.count()).toBe(eventsBefore);
    });

    it("with the confirmation updates the patient, stores the screening and audits the changed fields' names only", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const changed = { ...input, patient: { ...input.patient, fullName: "Confirmed Name", sexAtBirth: "intersex" as const } };
      const proposal = await saveScreening(saveArgs(changed, { patientId }));
      if (proposal.ok || !proposal.identityChange) throw new Error("expected a proposed identity change");

      const args = saveArgs(changed, { patientId, confirmedIdentityChange: proposal.identityChange });
      const id = await saveOk(args);

      expect(await patientRow(patientId)).toEqual({ ...input.patient, fullName: "Confirmed Name", sexAtBirth: "intersex" });
      expect((await getScreening(ACTOR, id))?.input.patient).toEqual(changed.patient);
      const events = await identityEvents(patientId);
      expect(events).toEqual([
        { actorUserId: ACTOR.userId, outcome: "success", recordType: "patient", recordId: patientId, patientId, detail: JSON.stringify({ fields: "fullName,sexAtBirth" }) },
      ]);
      // Neither the old nor the new value is anywhere in the event.
      expect(JSON.stringify(events)).not.toContain("Confirmed Name");
      expect(JSON.stringify(events)).not.toContain(input.patient.fullName);

      // A retry of the same submission returns the same screening and changes and audits nothing again.
      expect(await saveScreening(args)).toEqual({ ok: true, screeningId: id, duplicate: true });
      expect(await identityEvents(patientId)).toHaveLength(1);
      expect(await screeningsOf(patientId)).toBe(2);
    });

    it("keeps the patient's search text in step with a new patient and a confirmed change, so the search finds the new identity only", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const db = await getDb();
      const searchText = async () => (await db.patient.findUniqueOrThrow({ where: { id: patientId }, select: { searchText: true } })).searchText;
      const found = async (query: string) => (await searchPatients(ACTOR, query)).map((patient) => patient.id);
      const tag = randomUUID().slice(0, 8);
      expect(await searchText()).toBe(patientSearchText(input.patient.fullName, input.patient.medicalRecordNumber ?? null));
      expect(await found(input.patient.fullName)).toEqual([patientId]);

      const newName = `Ölafsdóttir ${tag}`;
      const change: IdentityFieldChange[] = [
        { field: "fullName", from: input.patient.fullName, to: newName },
        { field: "medicalRecordNumber", from: input.patient.medicalRecordNumber ?? null, to: `NEW-${tag}` },
      ];
      await saveOk(saveArgs({ ...input, patient: { ...input.patient, fullName: newName, medicalRecordNumber: `NEW-${tag}` } }, { patientId, confirmedIdentityChange: change }));
      expect(await searchText()).toBe(patientSearchText(newName, `NEW-${tag}`));
      expect(await found(`ölafsdóttir ${tag}`)).toEqual([patientId]);
      expect(await found(`new-${tag}`)).toEqual([patientId]);
      expect(await found(input.patient.fullName)).toEqual([]);
      expect(await found(input.patient.medicalRecordNumber ?? "")).toEqual([]);

      // A change of birth date alone leaves the search text as it was (and a blank record number keeps the stored one).
      const dateOnly = { ...input, patient: { ...input.patient, fullName: newName, medicalRecordNumber: undefined, dateOfBirth: "1971-02-03" } };
      await saveOk(saveArgs(dateOnly, { patientId, confirmedIdentityChange: [{ field: "dateOfBirth", from: input.patient.dateOfBirth, to: "1971-02-03" }] }));
      expect(await searchText()).toBe(patientSearchText(newName, `NEW-${tag}`));
    });

    it("refuses a stale confirmation (the stored identity changed since it was shown) and proposes the change anew", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const stale: IdentityFieldChange[] = [{ field: "fullName", from: input.patient.fullName, to: "Second Name" }];
      // Meanwhile another clinician renamed the patient, confirmed.
      await saveOk(saveArgs(renamed(input, "First Name"), { patientId, confirmedIdentityChange: [{ field: "fullName", from: input.patient.fullName, to: "First Name" }] }));

      const result = await saveScreening(saveArgs(renamed(input, "Second Name"), { patientId, confirmedIdentityChange: stale }));

      expect(result).toEqual({ ok: false, identityChange: [{ field: "fullName", from: "First Name", to: "Second Name" }] });
      expect((await patientRow(patientId)).fullName).toBe("First Name");
      expect(await screeningsOf(patientId)).toBe(2);
      expect(await identityEvents(patientId)).toHaveLength(1);
    });

    it("lets one of two concurrent confirmed renames win and asks the other again about the new name", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const confirmedRename = (to: string) =>
        saveScreening(saveArgs(renamed(input, to), { patientId, confirmedIdentityChange: [{ field: "fullName", from: input.patient.fullName, to }] }));

      const results = await Promise.all([confirmedRename("Racer One"), confirmedRename("Racer Two")]);

      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      const winner = (await patientRow(patientId)).fullName;
      const loser = winner === "Racer One" ? "Racer Two" : "Racer One";
      expect(results.find((result) => !result.ok)).toEqual({ ok: false, identityChange: [{ field: "fullName", from: winner, to: loser }] });
      expect(await screeningsOf(patientId)).toBe(2);
      expect(await identityEvents(patientId)).toHaveLength(1);
    });

    it("refuses a confirmation of another change than the one submitted", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const other: IdentityFieldChange[] = [{ field: "fullName", from: input.patient.fullName, to: "Shown Name" }];
      const result = await saveScreening(saveArgs(renamed(input, "Sent Name"), { patientId, confirmedIdentityChange: other }));
      expect(result).toMatchObject({ ok: false, identityChange: [{ field: "fullName", to: "Sent Name" }] });
      expect(await screeningsOf(patientId)).toBe(1);
    });

    it("does not ask when the identity is unchanged, nor for a blank record number, and records the kept number", async () => {
      await ensureTestClinician();
      const { input, patientId } = await knownPatient();
      const id = await saveOk(saveArgs({ ...input, patient: { ...input.patient, fullName: `  ${input.patient.fullName} `, medicalRecordNumber: undefined } }, { patientId }));
      expect((await getScreening(ACTOR, id))?.input.patient.medicalRecordNumber).toBe(input.patient.medicalRecordNumber);
      expect(await patientRow(patientId)).toMatchObject({ fullName: input.patient.fullName });
      expect(await identityEvents(patientId)).toEqual([]);
    });

    it("keeps showing each screening's identity as recorded at it, in the result and in the list", async () => {
      await ensureTestClinician();
      const { input, patientId, firstId } = await knownPatient();
      const later = { ...input, patient: { ...input.patient, fullName: "Later Name", medicalRecordNumber: `${input.patient.medicalRecordNumber}-B` } };
      const proposal = await saveScreening(saveArgs(later, { patientId }));
      if (proposal.ok || !proposal.identityChange) throw new Error("expected a proposed identity change");
      const secondId = await saveOk(saveArgs(later, { patientId, confirmedIdentityChange: proposal.identityChange }));

      const first = await getScreening(ACTOR, firstId);
      expect(first?.input.patient.fullName).toBe(input.patient.fullName);
      expect(first?.input.patient.medicalRecordNumber).toBe(input.patient.medicalRecordNumber);
      expect(first?.patient).toMatchObject({ id: patientId, fullName: "Later Name", medicalRecordNumber: later.patient.medicalRecordNumber });

      const listed = (await listScreenings(ACTOR, { sort: "newest" }, { limit: 500 })).items;
      expect(listed.find((item) => item.id === firstId)?.patient).toEqual({
        id: patientId,
        fullName: input.patient.fullName,
        dateOfBirth: input.patient.dateOfBirth,
        medicalRecordNumber: input.patient.medicalRecordNumber,
      });
      expect(listed.find((item) => item.id === secondId)?.patient).toMatchObject({ fullName: "Later Name", medicalRecordNumber: later.patient.medicalRecordNumber });
    });
  });
}
