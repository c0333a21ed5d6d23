/**
 * Screenings stored by the 2026-11-25 release (rules 2026-11-25.1) must still read, showing what they recorded
 * and the flags they were given. The row is inserted exactly as that release's saveScreening wrote it: its input
 * has no weight, allergies, other medicines, other conditions or breastfeeding, its PHQ-9 is complete, and its
 * flags carry that release's wording and rule-wide sources.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { getPatientPrefill } from "@/lib/db/get-patient-prefill.server";
import { getScreening } from "@/lib/db/get-screening.server";

import { ACTOR, ensureTestClinician } from "./db-suite";
import { RECORDED_FLAGS, RECORDED_INPUT } from "./earlier-release-screening";

async function insertEarlierScreening(): Promise<{ screeningId: string; patientId: string }> {
  const db = await getDb();
  const tag = randomUUID().slice(0, 8);
  const input = { ...RECORDED_INPUT, patient: { ...RECORDED_INPUT.patient, medicalRecordNumber: `MRN-EARLIER-${tag}` } };
  const patient = await db.patient.create({
    data: { fullName: input.patient.fullName, dateOfBirth: input.patient.dateOfBirth, medicalRecordNumber: input.patient.medicalRecordNumber, sexAtBirth: "female" },
    select: { id: true },
  });
  const screening = await db.screening.create({
    data: {
      submissionId: randomUUID(),
      patientId: patient.id,
      input,
      systolic: input.vitals.systolic,
      diastolic: input.vitals.diastolic,
      heartRate: input.vitals.heartRate,
      course: input.plannedTreatment.course,
      status: "awaiting-review",
      highestSeverity: "critical",
      rulesVersion: "2026-11-25.1",
      createdById: ACTOR.userId,
      createdAt: new Date("2026-11-25T10:00:00Z"),
    },
    select: { id: true },
  });
  await db.flag.createMany({
    data: RECORDED_FLAGS.map((flag, position) => ({
      screeningId: screening.id,
      position,
      ruleId: flag.ruleId,
      severity: flag.severity,
      summary: flag.summary,
      reasons: [...flag.reasons],
      source: flag.source.map((source) => ({ ...source })),
    })),
  });
  return { screeningId: screening.id, patientId: patient.id };
}

export function describeEarlierVersionReads(engine: string) {
  describe(`screenings stored by the 2026-11-25 release, on ${engine}`, { timeout: 30_000 }, () => {
    beforeAll(ensureTestClinician);

    it("reads a 2026-11-25 row back with what it recorded and its original flags", async () => {
      const { screeningId } = await insertEarlierScreening();
      const detail = await getScreening(ACTOR, screeningId);
      expect(detail?.rulesVersion).toBe("2026-11-25.1");
      expect(detail?.input).toMatchObject({ ...RECORDED_INPUT, patient: { ...RECORDED_INPUT.patient, medicalRecordNumber: expect.any(String) } });
      // Not asked then, so not invented now.
      for (const added of ["allergies", "otherMedicines", "conditions", "breastfeeding"]) expect(detail?.input).not.toHaveProperty(added);
      expect(detail?.input.vitals).not.toHaveProperty("weightKg");
      const shown = detail?.flags.map((flag) => ({ ruleId: flag.ruleId, severity: flag.severity, summary: flag.summary, reasons: flag.reasons, source: flag.source }));
      expect(shown).toEqual(RECORDED_FLAGS);
    });

    it("pre-fills a repeat screening from it without inventing answers to questions it never asked", async () => {
      const { patientId } = await insertEarlierScreening();
      const prefill = await getPatientPrefill(ACTOR, patientId);
      expect(prefill?.urinary).toEqual({ bladderHistory: true, currentSymptoms: false });
      expect(prefill).not.toHaveProperty("allergies");
      expect(prefill).not.toHaveProperty("conditions");
      expect(prefill).not.toHaveProperty("otherMedicines");
    });
  });
}
