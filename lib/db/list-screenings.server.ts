import "server-only";

import { DECISION_SEVERITIES } from "@/lib/rules/flag-summary";
import type { ScreeningListQuery } from "@/lib/screening/list-filter";

import { requirePersonActor } from "./audit-actor.server";
import { screeningListWhere, sortDirection } from "./screening-list-where.server";
import { getDb } from "./client.server";
import { outcomeSchema, parseStored, recordedIdentitySchema, severitySchema, statusSchema } from "./stored-json.server";
import type { Actor, ScreeningListPage } from "./types";

export const DEFAULT_SCREENING_LIST_LIMIT = 50;
const MAX_SCREENING_LIST_LIMIT = 500;


/**
 * One page of screenings matching the query, each with the patient's identity as recorded at that screening,
 * the number of flags needing a decision, and the signer's name and outcome once signed. Keyset pagination on (createdAt, id): a page never skips or
 * repeats a row, also when screenings are stored between two pages (new ones sort before the cursor when newest
 * first, and after the last page when oldest first).
 */
export async function listScreenings(
  actor: Actor,
  query: ScreeningListQuery = { sort: "newest" },
  options: { limit?: number } = {},
): Promise<ScreeningListPage> {
  requirePersonActor(actor);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_SCREENING_LIST_LIMIT), 1), MAX_SCREENING_LIST_LIMIT);
  const direction = sortDirection(query);
  const db = await getDb();
  const rows = await db.screening.findMany({
    where: screeningListWhere(query),
    orderBy: [{ createdAt: direction }, { id: direction }],
    // One more than the page: tells whether a next page exists without a count.
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      status: true,
      highestSeverity: true,
      patientId: true,
      input: true,
      signerName: true,
      outcome: true,
    },
  });
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  // Counted for this page's screenings only, through the flags' (screeningId, …) index: a relation count in the
  // first query made Prisma aggregate the whole Flag table (100 ms a page at 100,000 screenings).
  const counts = await db.flag.groupBy({
    by: ["screeningId"],
    where: { screeningId: { in: pageRows.map((row) => row.id) }, severity: { in: [...DECISION_SEVERITIES] } },
    _count: { _all: true },
  });
  const decisionFlags = new Map(counts.map((count) => [count.screeningId, count._count._all]));
  return {
    items: pageRows.map((row) => {
      const { patient } = parseStored(recordedIdentitySchema, row.input, `identity of screening ${row.id}`);
      return {
        id: row.id,
        createdAt: row.createdAt,
        status: parseStored(statusSchema, row.status, `status of screening ${row.id}`),
        highestSeverity: parseStored(severitySchema.nullable(), row.highestSeverity, `severity of screening ${row.id}`),
        decisionFlags: decisionFlags.get(row.id) ?? 0,
        signerName: row.signerName,
        outcome: parseStored(outcomeSchema.nullable(), row.outcome, `outcome of screening ${row.id}`),
        patient: {
          id: row.patientId,
          fullName: patient.fullName,
          dateOfBirth: patient.dateOfBirth,
          medicalRecordNumber: patient.medicalRecordNumber ?? null,
        },
      };
    }),
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
