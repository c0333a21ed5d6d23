import "server-only";

import type { AuditEventInput } from "@/lib/audit/events";
import { SEVERITIES, type Severity } from "@/lib/rules/types";
import { changedFieldNames } from "@/lib/patients/identity-change";

import { appendAuditEvents } from "./append-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS, type Db, type Tx } from "./client.server";
import { insertFlags } from "./insert-flags.server";
import { resolveScreeningPatient } from "./resolve-screening-patient.server";

import type { AmendmentRefusal, SaveScreeningArgs, SaveScreeningResult } from "./types";
import { isUniqueViolation } from "./unique-violation.server";

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
 *
 * Drafts: the actor's draft of this form (by `draftId`, or filed under the same submission id) is deleted in
 * the same transaction, so a finished screening never leaves its draft behind and a failed save keeps it.
 * Someone else's draft id is ignored: it neither fails the save nor tells the caller that it exists.
 *
 * Amendment (`args.amendment`): the same write, plus, first in the transaction, a conditional update that moves
 * the amended screening from "signed" to "amended". It matches only a signed screening, so an amendment of one
 * awaiting review or already amended writes nothing and says why; two amendments of one version racing are
 * decided by it (on PostgreSQL the second waits for the first's row lock and then matches nothing; SQLite
 * serialises the whole transactions), and `amendsId`'s unique index is the second wall. The new screening is
 * filed under the amended one's patient as version + 1, awaiting review, with no decisions: it is reviewed and
 * signed afresh. A retried amendment finds its screening by submission id before the claim is tried.
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
      if (error instanceof NothingWritten) return error.result;
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

/**
 * Thrown inside the transaction to roll back what it already wrote (an amendment's claim on the version it
 * amends) when the save ends without a screening; `saveScreening` returns its result.
 */
class NothingWritten extends Error {
  override name = "NothingWritten";
  constructor(readonly result: Exclude<SaveScreeningResult, { ok: true }>) {
    super("nothing written");
  }
}

async function writeScreening(tx: Tx, args: SaveScreeningArgs): Promise<SaveScreeningResult> {
  const { actor, submissionId, input, assessment, draftId, amendment } = args;
  const earlier = await findScreeningId(tx, submissionId);
  if (earlier) return { ok: true, screeningId: earlier, duplicate: true };

  const amended = amendment ? await claimSignedScreening(tx, amendment.screeningId) : null;
  if (amended && !amended.ok) {
    // The same form submitted twice at once (a double click): on PostgreSQL the second claim waited for the
    // first's lock, and the version it found amended is this submission's own, committed meanwhile.
    const raced = await findScreeningId(tx, submissionId);
    return raced ? { ok: true, screeningId: raced, duplicate: true } : { ok: false, amendmentRefused: amended.refusal };
  }
  const patientId = amended ? amended.patientId : args.patientId;

  const patient = await resolveScreeningPatient(tx, patientId, input.patient, args.confirmedIdentityChange);
  if (!patient.ok) {
    if (amended) throw new NothingWritten(patient);
    return patient;
  }

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
      ...(amended && amendment
        ? { version: amended.version + 1, amendsId: amendment.screeningId, amendmentReason: amendment.reason }
        : {}),
    },
    select: { id: true },
  });
  await insertFlags(tx, screening.id, assessment.flags);
  const draftsDeleted = await deleteFinishedDrafts(tx, actor.userId, submissionId, draftId);
  // Appended last, as the transaction's final writes: they hold the audit chain's head until commit.
  const events: AuditEventInput[] = [...(args.alsoAudit ?? [])];
  if (patient.changed.length > 0) {
    events.push({
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
  events.push({
    ...actorColumns(actor),
    event: "screening-created",
    outcome: "success",
    recordType: "screening",
    recordId: screening.id,
    patientId: patient.id,
    detail: { rulesVersion: assessment.rulesVersion, flags: assessment.flags.length, ...(draftsDeleted > 0 ? { draftsDeleted } : {}) },
  });
  if (amended && amendment) {
    events.push({
      ...actorColumns(actor),
      event: "screening-amended",
      outcome: "success",
      recordType: "screening",
      recordId: screening.id,
      patientId: patient.id,
      // Ids and numbers only: the reason is clinical free text, kept on the screening, and the trail is never purged.
      detail: { amendedScreeningId: amendment.screeningId, version: amended.version + 1 },
    });
  }
  await appendAuditEvents(tx, events);
  return { ok: true, screeningId: screening.id, duplicate: false };
}

type Claim =
  | { readonly ok: true; readonly patientId: string; readonly version: number }
  | { readonly ok: false; readonly refusal: AmendmentRefusal };

/**
 * The first write of an amendment: "signed" -> "amended", only if it is signed now. Read after the update, so
 * on PostgreSQL the row is read once the update holds (or was refused) its lock, never a stale status.
 */
async function claimSignedScreening(tx: Tx, screeningId: string): Promise<Claim> {
  const claimed = await tx.screening.updateMany({ where: { id: screeningId, status: "signed" }, data: { status: "amended" } });
  const row = await tx.screening.findUnique({
    where: { id: screeningId },
    select: { patientId: true, version: true, status: true, amendedBy: { select: { id: true } } },
  });
  if (!row) return { ok: false, refusal: { reason: "not-found" } };
  if (claimed.count === 1) return { ok: true, patientId: row.patientId, version: row.version };
  if (row.amendedBy) return { ok: false, refusal: { reason: "already-amended", amendedById: row.amendedBy.id } };
  // Not signed, and replaced by no version: it awaits review (an "amended" row always has its replacement).
  return { ok: false, refusal: { reason: "awaiting-review" } };
}

/** The author's drafts of this form; `authorId` in the filter is what keeps another's draft untouched. */
async function deleteFinishedDrafts(tx: Tx, authorId: string | null, submissionId: string, draftId: string | undefined): Promise<number> {
  if (authorId === null) return 0;
  const deleted = await tx.screeningDraft.deleteMany({
    where: { authorId, OR: [{ submissionId }, ...(draftId === undefined ? [] : [{ id: draftId }])] },
  });
  return deleted.count;
}

function highestSeverity(severities: readonly Severity[]): Severity | null {
  return SEVERITIES.find((severity) => severities.includes(severity)) ?? null;
}
