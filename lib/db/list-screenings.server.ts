import "server-only";

import { getDb } from "./client.server";
import { parseStored, severitySchema, statusSchema } from "./stored-json.server";
import { requirePersonActor } from "./audit-actor.server";
import type { Actor, ScreeningListItem } from "./types";

export const DEFAULT_SCREENING_LIST_LIMIT = 100;
const MAX_SCREENING_LIST_LIMIT = 500;

/** The latest screenings, newest first. */
export async function listScreenings(actor: Actor, options: { limit?: number } = {}): Promise<ScreeningListItem[]> {
  requirePersonActor(actor);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_SCREENING_LIST_LIMIT), 1), MAX_SCREENING_LIST_LIMIT);
  const db = await getDb();
  const rows = await db.screening.findMany({
    // id breaks ties between screenings stored in the same millisecond, so the order is stable.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      createdAt: true,
      status: true,
      highestSeverity: true,
      patient: { select: { id: true, fullName: true, medicalRecordNumber: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    status: parseStored(statusSchema, row.status, `status of screening ${row.id}`),
    highestSeverity: parseStored(severitySchema.nullable(), row.highestSeverity, `severity of screening ${row.id}`),
    patient: { ...row.patient },
  }));
}
