import "server-only";

import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import { recordAuditEvent } from "./record-audit-event.server";
import {
  asRuleId,
  decisionSchema,
  outcomeSchema,
  parseStored,
  parseStoredInput,
  reasonsSchema,
  severitySchema,
  sourceSchema,
  statusSchema,
} from "./stored-json.server";
import type { Actor, Attribution, RecordedDecision, ScreeningDetail, Signature } from "./types";

const PERSON = { select: { name: true } } as const;

/**
 * One screening with its patient (as recorded in `input`, and as now in `patient`), flags (in stored order) with
 * the decisions and ticks recorded on them, its signature and its place among its versions; null when there is
 * none with that id.
 */
/**
 * Why the screening is read, as the audit trail records it: viewed (on a page or through the API), exported to a
 * file, or read back by whoever stored it in the same request (its creation is already on the record).
 */
export type ScreeningRead = { readonly kind: "view" } | { readonly kind: "export"; readonly format: "pdf" | "fhir" } | { readonly kind: "just-stored" };

export async function getScreening(actor: Actor, id: string, read: ScreeningRead = { kind: "view" }): Promise<ScreeningDetail | null> {
  requirePersonActor(actor);
  const db = await getDb();
  const row = await db.screening.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      status: true,
      highestSeverity: true,
      rulesVersion: true,
      input: true,
      outcome: true,
      signedAt: true,
      signerName: true,
      signerRole: true,
      version: true,
      amendsId: true,
      amendmentReason: true,
      amendedBy: { select: { id: true } },
      patient: { select: { id: true, fullName: true, dateOfBirth: true, medicalRecordNumber: true, sexAtBirth: true } },
      flags: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          ruleId: true,
          severity: true,
          summary: true,
          reasons: true,
          source: true,
          decision: true,
          decisionNote: true,
          decidedAt: true,
          decidedBy: PERSON,
          discussedAt: true,
          discussedBy: PERSON,
        },
      },
    },
  });
  if (!row) return null;
  // Every view of a patient's screening is on the record (HIPAA §164.312(b) audit controls).
  if (read.kind !== "just-stored") {
    await recordAuditEvent({
      ...actorColumns(actor),
      event: read.kind === "view" ? "screening-viewed" : "screening-exported",
      outcome: "success",
      recordType: "screening",
      recordId: row.id,
      patientId: row.patient.id,
      detail: read.kind === "view" ? null : { format: read.format },
    });
  }
  return {
    id: row.id,
    createdAt: row.createdAt,
    status: parseStored(statusSchema, row.status, `status of screening ${row.id}`),
    highestSeverity: parseStored(severitySchema.nullable(), row.highestSeverity, `severity of screening ${row.id}`),
    rulesVersion: row.rulesVersion,
    input: parseStoredInput(row.input, row.id, row.createdAt),
    patient: { ...row.patient },
    flags: row.flags.map((flag) => ({
      id: flag.id,
      ruleId: asRuleId(flag.ruleId),
      severity: parseStored(severitySchema, flag.severity, `severity of flag ${flag.id}`),
      summary: flag.summary,
      reasons: parseStored(reasonsSchema, flag.reasons, `reasons of flag ${flag.id}`),
      source: parseStored(sourceSchema, flag.source, `source of flag ${flag.id}`),
      decision: recordedDecision(flag),
      discussed: attribution(flag.discussedAt, flag.discussedBy),
    })),
    signature: signatureOf(row),
    versions: {
      version: row.version,
      amends: row.amendsId === null ? null : { id: row.amendsId, reason: row.amendmentReason ?? "" },
      amendedById: row.amendedBy?.id ?? null,
    },
  };
}

function attribution(at: Date | null, by: { name: string } | null): Attribution | null {
  return at === null || by === null ? null : { name: by.name, at };
}

function recordedDecision(flag: {
  id: string;
  decision: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  decidedBy: { name: string } | null;
}): RecordedDecision | null {
  const by = attribution(flag.decidedAt, flag.decidedBy);
  if (flag.decision === null || by === null) return null;
  return { ...by, decision: parseStored(decisionSchema, flag.decision, `decision on flag ${flag.id}`), note: flag.decisionNote };
}

function signatureOf(row: {
  id: string;
  outcome: string | null;
  signedAt: Date | null;
  signerName: string | null;
  signerRole: string | null;
}): Signature | null {
  if (row.signedAt === null || row.signerName === null || row.signerRole === null || row.outcome === null) return null;
  return {
    name: row.signerName,
    role: row.signerRole,
    at: row.signedAt,
    outcome: parseStored(outcomeSchema, row.outcome, `outcome of screening ${row.id}`),
  };
}
