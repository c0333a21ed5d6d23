import "server-only";

import { SEVERITIES, type Severity } from "@/lib/rules/types";
import { changedFieldNames } from "@/lib/patients/identity-change";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS, type Db, type Tx } from "./client.server";
import { resolveScreeningPatient } from "./resolve-screening-patient.server";

import type { SaveScreeningArgs, SaveScreeningResult } from "./types";

/**
 * Stores a screening, its patient, its flags and the audit event in one transaction; nothing is written when
 * anything fails.
 *
 * Patient: see `resolveScreeningPatient`. A chosen patient's identity is never changed silently: a change not
 * confirmed exactly as proposed writes nothing and comes back as `{ ok: false, identityChange }`; a confirmed one
 * updates the patient and is audited (`patient-identity-changed`, naming the fields only) with the screening.
 * The screening stores the identity as submitted (with a kept record number filled in), so it keeps showing the
 * patient as they were recorded at that screening whatever changes later.
 *
 * Idempotent on `submissionId`: a form submitted again (double click, retry) gets the first screening back
 * with `duplicate: true`, also when both submissions race (the unique index decides, and the loser reads the
 * winner's row).
 */
export async function saveScreening(args: SaveScreeningArgs): Promise<SaveScreeningResult> {
  requirePersonActor(args.actor);
  const db = await getDb();
  const earlier = await findScreeningId(db, args.submissionId);
  if (earlier) return { ok: true, screeningId: earlier, duplicate: true };

  // A unique violation means another request won a race: the same submission (then return its screening), or
  // a new patient with the same record number (then resolve the patient again, once, and find it this time).
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction((tx) => writeScreening(tx, args), TRANSACTION_OPTIONS);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const raced = await findScreeningId(db, args.submissionId);
      if (raced) return { ok: true, screeningId: raced, duplicate: true };
      if (attempt >= 2) throw error;
    }
  }
}

async function findScreeningId(db: Db | Tx, submissionId: string): Promise<string | null> {
  const row = await db.screening.findUnique({ where: { submissionId }, select: { id: true } });
  return row?.id ?? null;
}

async function writeScreening(tx: Tx, args: SaveScreeningArgs): Promise<SaveScreeningResult> {
  const { actor, submissionId, patientId, input, assessment } = args;
  const earlier = await findScreeningId(tx, submissionId);
  if (earlier) return { ok: true, screeningId: earlier, duplicate: true };

  const patient = await resolveScreeningPatient(tx, patientId, input.patient, args.confirmedIdentityChange);
  if (!patient.ok) return patient;

  const screening = await tx.screening.create({
    data: {
      submissionId,
      patientId: patient.id,
      input: { ...input, patient: patient.recordedIdentity },
      systolic: input.vitals.systolic,
      diastolic: input.vitals.diastolic,
      heartRate: input.vitals.heartRate,
      course: input.plannedTreatment.course,
      status: "awaiting-review",
      highestSeverity: highestSeverity(assessment.flags.map((flag) => flag.severity)),
      rulesVersion: assessment.rulesVersion,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  if (assessment.flags.length > 0) {
    await tx.flag.createMany({
      data: assessment.flags.map((flag, position) => ({
        screeningId: screening.id,
        position,
        ruleId: flag.ruleId,
        severity: flag.severity,
        summary: flag.summary,
        reasons: [...flag.reasons],
        source: flag.source.map((source) => ({ ...source })),
      })),
    });
  }
  // Appended last, as the transaction's final writes: they hold the audit chain's head until commit.
  if (patient.changed.length > 0) {
    await appendAuditEvent(tx, {
      ...actorColumns(actor),
      event: "patient-identity-changed",
      outcome: "success",
      recordType: "patient",
      recordId: patient.id,
      patientId: patient.id,
      // Names only: the old and new values are patient data, and the trail can never be purged.
      detail: { fields: changedFieldNames(patient.changed) },
    });
  }
  await appendAuditEvent(tx, {
    ...actorColumns(actor),
    event: "screening-created",
    outcome: "success",
    recordType: "screening",
    recordId: screening.id,
    patientId: patient.id,
    detail: { rulesVersion: assessment.rulesVersion, flags: assessment.flags.length },
  });
  return { ok: true, screeningId: screening.id, duplicate: false };
}

function highestSeverity(severities: readonly Severity[]): Severity | null {
  return SEVERITIES.find((severity) => severities.includes(severity)) ?? null;
}

/** Prisma's P2002, recognised by shape: both generated clients share the runtime, but not a type. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
