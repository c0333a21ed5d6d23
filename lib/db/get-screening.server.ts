import "server-only";

import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import { recordAuditEvent } from "./record-audit-event.server";
import { asRuleId, parseStored, parseStoredInput, reasonsSchema, severitySchema, sourceSchema, statusSchema } from "./stored-json.server";
import type { Actor, ScreeningDetail } from "./types";

/** One screening with its patient (as recorded in `input`, and as now in `patient`) and flags (in stored order), or null when there is none with that id. */
export async function getScreening(actor: Actor, id: string): Promise<ScreeningDetail | null> {
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
      patient: { select: { id: true, fullName: true, dateOfBirth: true, medicalRecordNumber: true, sexAtBirth: true } },
      flags: {
        orderBy: { position: "asc" },
        select: { id: true, ruleId: true, severity: true, summary: true, reasons: true, source: true },
      },
    },
  });
  if (!row) return null;
  // Every view of a patient's screening is on the record (HIPAA §164.312(b) audit controls).
  await recordAuditEvent({
    ...actorColumns(actor),
    event: "screening-viewed",
    outcome: "success",
    recordType: "screening",
    recordId: row.id,
    patientId: row.patient.id,
    detail: null,
  });
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
    })),
  };
}
