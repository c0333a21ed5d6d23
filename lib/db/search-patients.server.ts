import "server-only";

import { BestMatches } from "@/lib/patients/best-matches";
import { asciiLikePattern, foldSearchText } from "@/lib/patients/fold-search-text";
import { normalisePatientQuery, PATIENT_SEARCH_LIMIT } from "@/lib/patients/patient-query";
import { compareRankedPatients, rankPatientMatch, type RankedPatient } from "@/lib/patients/rank-patient-match";

import { requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import type { Actor, PatientOption } from "./types";

/** Candidates read per round trip: memory stays at one batch plus the results, however many patients there are. */
const BATCH_SIZE = 1_000;

/**
 * The patients whose name contains the query or whose record number is it or begins with it, ignoring case;
 * at most 20, best first (exact record number, name beginning, word beginning, record number beginning, name
 * containing; then by name, birth date and id). A query shorter than 2 or longer than 100 characters after
 * trimming finds nothing.
 *
 * Why it is the same on SQLite and PostgreSQL: the engines disagree on case (`contains` is case-insensitive on
 * SQLite and case-sensitive on PostgreSQL; their `lower()` differ outside ASCII) and on sort order (bytes
 * against the database's collation), and the schema has no folded search column to lean on. So the engine only
 * narrows, with `lower(column) LIKE` the query's ASCII runs in order (`asciiLikePattern`). Both engines lower
 * ASCII A-Z to a-z, and `foldSearchText` never turns another character into ASCII, so every patient that
 * matches in JavaScript passes that filter on either engine (it may let more through, which costs time only). The match itself, the ranking and the order are decided here, by the same pure functions
 * (lib/patients). The candidates are read in batches by id (each engine walks its own primary key once) and
 * only the best 20 are kept, so memory is bounded whatever the number of patients or matches.
 *
 * Limits: a query without any ASCII character (a name in another script) cannot be narrowed and reads every
 * patient in batches; a PostgreSQL database with a Turkish or Azeri LC_CTYPE lowers "I" to "ı" and would miss
 * those names. The LIKE scan itself reads the whole table on both engines (no index serves "contains"); see
 * bench/patient-search.ts for its cost with 100,000 patients.
 */
export async function searchPatients(actor: Actor, query: string): Promise<PatientOption[]> {
  requirePersonActor(actor);
  const normalised = normalisePatientQuery(query);
  if (normalised === null) return [];
  const foldedQuery = foldSearchText(normalised);
  const pattern = asciiLikePattern(foldedQuery);

  const db = await getDb();
  const best = new BestMatches<RankedPatient<PatientOption>>(PATIENT_SEARCH_LIMIT, compareRankedPatients);
  let after = "";
  for (;;) {
    const batch = await db.$queryRaw<PatientOption[]>`
      SELECT "id", "fullName", "dateOfBirth", "medicalRecordNumber" FROM "Patient"
      WHERE "id" > ${after}
        AND (LOWER("fullName") LIKE ${pattern} ESCAPE '\\' OR LOWER("medicalRecordNumber") LIKE ${pattern} ESCAPE '\\')
      ORDER BY "id"
      LIMIT ${BATCH_SIZE}`;
    for (const row of batch) {
      const patient: PatientOption = { id: row.id, fullName: row.fullName, dateOfBirth: row.dateOfBirth, medicalRecordNumber: row.medicalRecordNumber };
      const rank = rankPatientMatch(patient, foldedQuery);
      if (rank !== null) best.offer({ patient, rank });
    }
    const last = batch.at(-1);
    if (batch.length < BATCH_SIZE || last === undefined) break;
    after = last.id;
  }
  return best.toArray().map(({ patient }) => patient);
}
