import "server-only";

import { gad7Total, phq9Total } from "@/lib/patients/history";
import { OUTCOMES } from "@/lib/review/decisions";
import { z } from "@/lib/validation/zod";

import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb, type Db } from "./client.server";
import { recordAuditEvent } from "./record-audit-event.server";
import { asRuleId, parseStored, parseStoredInput, severitySchema, StoredDataError, statusSchema } from "./stored-json.server";
import type { Actor, PatientHistory, PatientHistoryScreening } from "./types";

const outcomeSchema = z.enum(OUTCOMES).nullable();

/**
 * A patient's identity now and every screening filed under them, oldest first (ties by id, as the list orders
 * them), each version of an amended screening included: the page marks replaced versions and charts visits
 * (lib/patients/history.ts). Null for an unknown patient. Totals are computed from the stored answers with
 * lib/scoring; a partly answered questionnaire has none.
 *
 * Reads through the (patientId, createdAt, id) index; flags come in one further query for all the screenings,
 * and the versions replacing amended ones in another.
 */
export async function getPatientHistory(actor: Actor, patientId: string): Promise<PatientHistory | null> {
  requirePersonActor(actor);
  const db = await getDb();
  const row = await db.patient.findUnique({
    where: { id: patientId },
    select: {
      id: true,
      fullName: true,
      dateOfBirth: true,
      medicalRecordNumber: true,
      sexAtBirth: true,
      screenings: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          createdAt: true,
          status: true,
          version: true,
          amendsId: true,
          outcome: true,
          signedAt: true,
          signerName: true,
          signerRole: true,
          highestSeverity: true,
          systolic: true,
          diastolic: true,
          heartRate: true,
          input: true,
          flags: { orderBy: { position: "asc" }, select: { ruleId: true, severity: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { screenings, ...patient } = row;
  const replacedBy = await replacingVersions(db, screenings);
  const history = screenings.map((screening): PatientHistoryScreening => {
    const { mentalHealth } = parseStoredInput(screening.input, screening.id, screening.createdAt);
    return {
      id: screening.id,
      createdAt: screening.createdAt,
      status: parseStored(statusSchema, screening.status, `status of screening ${screening.id}`),
      version: screening.version,
      amendsId: screening.amendsId,
      replacedById: replacedBy.get(screening.id) ?? null,
      outcome: parseStored(outcomeSchema, screening.outcome, `outcome of screening ${screening.id}`),
      signature: signatureOf(screening),
      highestSeverity: parseStored(severitySchema.nullable(), screening.highestSeverity, `severity of screening ${screening.id}`),
      systolic: screening.systolic,
      diastolic: screening.diastolic,
      heartRate: screening.heartRate,
      phq9: phq9Total(mentalHealth.phq9Items),
      gad7: gad7Total(mentalHealth.gad7Items),
      flags: screening.flags.map((flag) => ({
        ruleId: asRuleId(flag.ruleId),
        severity: parseStored(severitySchema, flag.severity, `severity of a flag of screening ${screening.id}`),
      })),
    };
  });
  // Every view of a patient's record is on the record (HIPAA §164.312(b) audit controls); the count says how
  // much was shown without naming anything of the patient.
  await recordAuditEvent({
    ...actorColumns(actor),
    event: "patient-history-viewed",
    outcome: "success",
    recordType: "patient",
    recordId: patient.id,
    patientId: patient.id,
    detail: { screenings: history.length },
  });
  return { patient, screenings: history };
}

/**
 * The version replacing each amended screening, through the amendment's unique amendsId, wherever it is filed.
 * Asked for the "amended" screenings only: an "amended" row always has its replacement (both are written in one
 * transaction), and the others have none. Asking for every screening of a long history (`amendsId IN` 50 ids)
 * made SQLite scan the whole table instead of the unique index when its statistics came from `PRAGMA optimize`
 * (amendsId nearly all NULL): 90 ms of the patient page at 100,000 screenings (npm run bench:pages).
 */
async function replacingVersions(db: Db, screenings: readonly { id: string; status: string }[]): Promise<ReadonlyMap<string, string>> {
  const amended = screenings.filter((screening) => screening.status === "amended").map((screening) => screening.id);
  if (amended.length === 0) return new Map();
  const replacements = await db.screening.findMany({ where: { amendsId: { in: amended } }, select: { id: true, amendsId: true } });
  return new Map(replacements.flatMap(({ id, amendsId }) => (amendsId ? [[amendsId, id] as const] : [])));
}

/** A signature is whole or absent: a signing time without the signer's name and role is a broken row. */
function signatureOf(screening: {
  id: string;
  signedAt: Date | null;
  signerName: string | null;
  signerRole: string | null;
}): PatientHistoryScreening["signature"] {
  if (screening.signedAt === null) return null;
  if (screening.signerName === null || screening.signerRole === null) {
    throw new StoredDataError(`Stored signature of screening ${screening.id} is not valid: signed without a signer's name and role`);
  }
  return { name: screening.signerName, role: screening.signerRole, signedAt: screening.signedAt };
}
