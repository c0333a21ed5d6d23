import "server-only";

import type { ScreeningCsvSource } from "@/lib/exports/screening-csv";
import type { ScreeningListQuery } from "@/lib/screening/list-filter";

import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import { recordAuditEvent } from "./record-audit-event.server";
import { screeningListWhere, sortDirection } from "./screening-list-where.server";
import { exportFactsSchema, parseStored, severitySchema } from "./stored-json.server";
import type { Actor } from "./types";

const PAGE_SIZE = 500;

/**
 * Every screening a list query asks for, in the list's order, one page of rows in memory at a time however many
 * match: the CSV export streams them as they come. The export is audited once, when it starts, with its filter
 * (no patient data: the patient filter is an id, kept in the event's patient column).
 */
export async function* exportScreenings(actor: Actor, query: ScreeningListQuery, format: "csv"): AsyncGenerator<ScreeningCsvSource> {
  requirePersonActor(actor);
  await recordAuditEvent({
    ...actorColumns(actor),
    event: "screenings-exported",
    outcome: "success",
    recordType: "screening-list",
    recordId: null,
    patientId: query.patientId ?? null,
    detail: {
      format,
      sort: query.sort,
      ...(query.status ? { status: query.status } : {}),
      ...(query.severity ? { severity: query.severity } : {}),
      ...(query.signedById ? { signedById: query.signedById } : {}),
      ...(query.from ? { from: query.from.toISOString() } : {}),
      ...(query.to ? { to: query.to.toISOString() } : {}),
    },
  });
  const db = await getDb();
  const direction = sortDirection(query);
  let after = query.after;
  for (;;) {
    const rows = await db.screening.findMany({
      where: screeningListWhere({ ...query, after }),
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        version: true,
        status: true,
        rulesVersion: true,
        highestSeverity: true,
        systolic: true,
        diastolic: true,
        heartRate: true,
        input: true,
        outcome: true,
        signerName: true,
        signedAt: true,
      },
    });
    if (rows.length === 0) return;
    const flags = await db.flag.findMany({
      where: { screeningId: { in: rows.map((row) => row.id) } },
      orderBy: [{ screeningId: "asc" }, { position: "asc" }],
      select: { screeningId: true, ruleId: true, severity: true },
    });
    // Node 20 has no Map.groupBy.
    const flagsOf = new Map<string, typeof flags>();
    for (const flag of flags) {
      const list = flagsOf.get(flag.screeningId);
      if (list) list.push(flag);
      else flagsOf.set(flag.screeningId, [flag]);
    }
    for (const row of rows) {
      const facts = parseStored(exportFactsSchema, row.input, `input of screening ${row.id}`);
      yield {
        id: row.id,
        createdAt: row.createdAt,
        version: row.version,
        status: row.status,
        rulesVersion: row.rulesVersion,
        highestSeverity: parseStored(severitySchema.nullable(), row.highestSeverity, `severity of screening ${row.id}`),
        patient: { ...facts.patient, medicalRecordNumber: facts.patient.medicalRecordNumber ?? null },
        vitals: { systolic: row.systolic, diastolic: row.diastolic, heartRate: row.heartRate, ...facts.vitals },
        phq9Items: facts.mentalHealth.phq9Items,
        gad7Items: facts.mentalHealth.gad7Items,
        flags: (flagsOf.get(row.id) ?? []).map((flag) => ({
          ruleId: flag.ruleId,
          severity: parseStored(severitySchema, flag.severity, `severity of a flag of screening ${row.id}`),
        })),
        outcome: row.outcome,
        signerName: row.signerName,
        signedAt: row.signedAt,
      };
    }
    const last = rows.at(-1)!;
    if (rows.length < PAGE_SIZE) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
