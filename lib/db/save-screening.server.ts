import "server-only";

import { SEVERITIES, type Severity } from "@/lib/rules/types";
import type { ScreeningInput } from "@/lib/screening/schema";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS, type Db, type Tx } from "./client.server";

import type { SaveScreeningArgs, SaveScreeningResult } from "./types";
import { isUniqueViolation } from "./unique-violation.server";

const RECORD_NUMBER_TAKEN = "This record number belongs to another patient";

/**
 * Stores a screening, its patient, its flags and the audit event in one transaction; nothing is written when
 * anything fails.
 *
 * Patient: `patientId` names an existing patient, whose identity is updated to what was submitted (a record
 * number left blank keeps the stored one). Without
 * it, a known medical record number finds its patient when name (trimmed, any case) and date of birth match;
 * otherwise a new patient is created.
 *
 * Idempotent on `submissionId`: a form submitted again (double click, retry) gets the first screening back
 * with `duplicate: true`, also when both submissions race (the unique index decides, and the loser reads the
 * winner's row).
 *
 * Drafts: the actor's draft of this form (by `draftId`, or filed under the same submission id) is deleted in
 * the same transaction, so a finished screening never leaves its draft behind and a failed save keeps it.
 * Someone else's draft id is ignored: it neither fails the save nor tells the caller that it exists.
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

async function writeScreening(tx: Tx, { actor, submissionId, patientId, input, assessment, draftId }: SaveScreeningArgs): Promise<SaveScreeningResult> {
  const earlier = await findScreeningId(tx, submissionId);
  if (earlier) return { ok: true, screeningId: earlier, duplicate: true };

  const patient = await resolvePatient(tx, patientId, input.patient);
  if (!patient.ok) return patient;

  const screening = await tx.screening.create({
    data: {
      submissionId,
      patientId: patient.id,
      input,
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
  const draftsDeleted = await deleteFinishedDrafts(tx, actor.userId, submissionId, draftId);
  await appendAuditEvent(tx, {
    ...actorColumns(actor),
    event: "screening-created",
    outcome: "success",
    recordType: "screening",
    recordId: screening.id,
    patientId: patient.id,
    detail: { rulesVersion: assessment.rulesVersion, flags: assessment.flags.length, ...(draftsDeleted > 0 ? { draftsDeleted } : {}) },
  });
  return { ok: true, screeningId: screening.id, duplicate: false };
}

/** The author's drafts of this form; `authorId` in the filter is what keeps another's draft untouched. */
async function deleteFinishedDrafts(tx: Tx, authorId: string | null, submissionId: string, draftId: string | undefined): Promise<number> {
  if (authorId === null) return 0;
  const deleted = await tx.screeningDraft.deleteMany({
    where: { authorId, OR: [{ submissionId }, ...(draftId === undefined ? [] : [{ id: draftId }])] },
  });
  return deleted.count;
}

type Identity = ScreeningInput["patient"];
type ResolvedPatient = { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string[]> };

async function resolvePatient(tx: Tx, patientId: string | undefined, identity: Identity): Promise<ResolvedPatient> {
  const data = {
    fullName: identity.fullName,
    dateOfBirth: identity.dateOfBirth,
    medicalRecordNumber: identity.medicalRecordNumber ?? null,
    sexAtBirth: identity.sexAtBirth,
  };
  const holder = identity.medicalRecordNumber
    ? await tx.patient.findUnique({
        where: { medicalRecordNumber: identity.medicalRecordNumber },
        select: { id: true, fullName: true, dateOfBirth: true },
      })
    : null;

  if (patientId !== undefined) {
    const chosen = await tx.patient.findUnique({ where: { id: patientId }, select: { id: true } });
    if (!chosen) return { ok: false, fieldErrors: { patientId: ["This patient no longer exists; choose the patient again"] } };
    if (holder && holder.id !== chosen.id) {
      return { ok: false, fieldErrors: { "patient.medicalRecordNumber": [RECORD_NUMBER_TAKEN] } };
    }
    // A record number is never erased by a screening that leaves it blank: identifiers are only replaced.
    const update = { ...data, medicalRecordNumber: identity.medicalRecordNumber };
    await tx.patient.update({ where: { id: chosen.id }, data: update, select: { id: true } });
    return { ok: true, id: chosen.id };
  }

  if (holder) {
    return sameName(holder.fullName, identity.fullName) && holder.dateOfBirth === identity.dateOfBirth
      ? { ok: true, id: holder.id }
      : { ok: false, fieldErrors: { "patient.medicalRecordNumber": [RECORD_NUMBER_TAKEN] } };
  }

  const created = await tx.patient.create({ data, select: { id: true } });
  return { ok: true, id: created.id };
}

/** Compared in JavaScript: SQLite and PostgreSQL disagree on case-insensitive comparison in queries. */
function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().toLocaleLowerCase("en");
  return normal(a) === normal(b);
}

function highestSeverity(severities: readonly Severity[]): Severity | null {
  return SEVERITIES.find((severity) => severities.includes(severity)) ?? null;
}
