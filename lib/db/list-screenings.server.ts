import "server-only";

import { getDb } from "./client.server";
import { parseStored, recordedIdentitySchema, severitySchema, statusSchema } from "./stored-json.server";
import { requirePersonActor } from "./audit-actor.server";
import type { Actor, ScreeningListItem } from "./types";

export const DEFAULT_SCREENING_LIST_LIMIT = 100;
const MAX_SCREENING_LIST_LIMIT = 500;

/** The latest screenings, newest first, each with the patient's identity as recorded at that screening. */
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
      patientId: true,
      input: true,
    },
  });
  return rows.map((row) => {
    const { patient } = parseStored(recordedIdentitySchema, row.input, `identity of screening ${row.id}`);
    return {
      id: row.id,
      createdAt: row.createdAt,
      status: parseStored(statusSchema, row.status, `status of screening ${row.id}`),
      highestSeverity: parseStored(severitySchema.nullable(), row.highestSeverity, `severity of screening ${row.id}`),
      patient: {
        id: row.patientId,
        fullName: patient.fullName,
        dateOfBirth: patient.dateOfBirth,
        medicalRecordNumber: patient.medicalRecordNumber ?? null,
      },
    };
  });
}
