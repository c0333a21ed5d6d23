import "server-only";

import { BestMatches } from "@/lib/patients/best-matches";
import { foldSearchText, searchTextPatterns } from "@/lib/patients/fold-search-text";
import { normalisePatientQuery, PATIENT_SEARCH_LIMIT } from "@/lib/patients/patient-query";
import { compareRankedPatients, MATCH_RANKS, rankPatientMatch, type RankedPatient } from "@/lib/patients/rank-patient-match";

import { requirePersonActor } from "./audit-actor.server";
import { getDb, type Db } from "./client.server";
import type { Actor, PatientOption } from "./types";

/**
 * Matching patients read per round trip: memory stays at one batch plus the results, however many patients
 * there are. The first batch is smaller: it only tells a narrow query (every match in it) from a broad one.
 * Later ones are larger because on PostgreSQL each batch is one more scan of the table (its planner filters by
 * a sequential scan and sorts the few rows it expects), so fewer batches are fewer scans.
 */
const FIRST_BATCH_SIZE = 1_000;
const BATCH_SIZE = 5_000;

/**
 * The patients whose name contains the query or whose record number is it or begins with it, ignoring case;
 * at most 20, best first (exact record number, name beginning, word beginning, record number beginning, name
 * containing; then by name, birth date and id). A query shorter than 2 or longer than 100 characters after
 * trimming finds nothing.
 *
 * Why it is the same on SQLite and PostgreSQL: the engines disagree on case (SQLite's `LIKE` folds ASCII only,
 * PostgreSQL's folds nothing; their `lower()` differ outside ASCII) and on sort order (bytes against the
 * database's collation). So neither engine folds or orders anything here. Each patient's `searchText` holds
 * its name and record number folded in JavaScript (`patientSearchText`), and the engine compares it with the
 * query folded the same way, with `LIKE` patterns that are exact for the match rules (`searchTextPatterns`):
 * only patients that match are read. Case cannot differ (both sides are folded; SQLite's ASCII case-folding
 * then changes nothing). The rank and the order are decided here, by the same pure functions (lib/patients).
 *
 * The rows come in batches by id (SQLite walks its index on id and search text; PostgreSQL scans the table,
 * which its planner prefers) and only the best 20 are kept, so memory is bounded whatever the number of
 * matches. When the first batch does not hold every match and holds one of the two best ranks, a second, exact
 * pass reads only the patients of those ranks (record number is the query, name begins with it): if 20 match,
 * nobody else can enter the answer and the search stops there; otherwise the first pass goes on. So a broad
 * fragment ("an") reads the patients whose name begins with it, not all that contain it.
 *
 * A row whose `searchText` is still empty (written before the column existed and not yet backfilled by
 * `npm run db:migrate`, or by an older app server during a rolling upgrade) is read and ranked in JavaScript
 * in every pass: slower, never missed. Once backfilled there are none.
 *
 * Limits: no index serves "contains", so every search reads the whole index on id and search text (about 60
 * bytes a patient) on SQLite, or the whole table on PostgreSQL, once or twice (on PostgreSQL once more per
 * further 5,000 matches): linear in the number of patients. A fragment common to many names still reads every
 * patient whose name begins with it, or every one that contains it when fewer than 20 begin with it: those
 * rows cannot be ordered without reading them, as the order (by name as a person reads it) is JavaScript's.
 * See bench/patient-search.ts for the figures with 100,000 patients.
 */
export async function searchPatients(actor: Actor, query: string): Promise<PatientOption[]> {
  requirePersonActor(actor);
  const normalised = normalisePatientQuery(query);
  if (normalised === null) return [];
  const foldedQuery = foldSearchText(normalised);
  const patterns = searchTextPatterns(foldedQuery);
  const db = await getDb();

  const matching = bestOf();
  const resumeAfter = await offerMatches(db, foldedQuery, patterns.matching, matching, "", { size: FIRST_BATCH_SIZE, batches: 1 });
  if (resumeAfter === null) return patientsOf(matching);
  // Many patients match. When 20 of them take the two best ranks nobody else can enter the answer, and reading
  // only those (one more pass) is cheaper than reading every match. Tried only when the first batch, a sample
  // of the matches, holds one of those ranks: otherwise the pass would most likely find too few. Either way the
  // answer is exact; only the time differs.
  if (isTopRank(matching.toArray()[0]?.rank)) {
    const best = bestOf();
    await offerMatches(db, foldedQuery, patterns.best, best, "", { size: BATCH_SIZE });
    const found = best.toArray();
    if (found.length === PATIENT_SEARCH_LIMIT && found.every(({ rank }) => isTopRank(rank))) return patientsOf(best);
  }
  await offerMatches(db, foldedQuery, patterns.matching, matching, resumeAfter, { size: BATCH_SIZE });
  return patientsOf(matching);
}

/** One of the two best ranks, which `searchTextPatterns(…).best` selects exactly. */
function isTopRank(rank: number | undefined): boolean {
  return rank !== undefined && rank <= MATCH_RANKS["name-prefix"];
}

function patientsOf(best: BestMatches<RankedPatient<PatientOption>>): PatientOption[] {
  return best.toArray().map(({ patient }) => patient);
}

function bestOf() {
  return new BestMatches<RankedPatient<PatientOption>>(PATIENT_SEARCH_LIMIT, compareRankedPatients);
}

/**
 * Offers to `best` the patients after id `after` whose search text matches either pattern (or is not yet filled),
 * ranked, in batches of `size` by id; at most `batches` batches. Returns the id to resume after, or null when none
 * is left.
 */
async function offerMatches(
  db: Db,
  foldedQuery: string,
  [first, second]: readonly [string, string],
  best: BestMatches<RankedPatient<PatientOption>>,
  after: string,
  { size, batches = Number.POSITIVE_INFINITY }: { readonly size: number; readonly batches?: number },
): Promise<string | null> {
  for (let read = 0; read < batches; read += 1) {
    // The inner query reads only "id" and "searchText", so SQLite answers it from the index on both
    // (Patient_id_searchText_idx), in id order, and reads the table only for the rows that match.
    const batch = await db.$queryRaw<PatientOption[]>`
      SELECT "id", "fullName", "dateOfBirth", "medicalRecordNumber" FROM "Patient"
      WHERE "id" IN (
        SELECT "id" FROM "Patient"
        WHERE "id" > ${after}
          AND ("searchText" LIKE ${first} ESCAPE '\\' OR "searchText" LIKE ${second} ESCAPE '\\' OR "searchText" = '')
        ORDER BY "id"
        LIMIT ${size})
      ORDER BY "id"`;
    for (const row of batch) {
      const patient: PatientOption = { id: row.id, fullName: row.fullName, dateOfBirth: row.dateOfBirth, medicalRecordNumber: row.medicalRecordNumber };
      const rank = rankPatientMatch(patient, foldedQuery);
      if (rank !== null) best.offer({ patient, rank });
    }
    const last = batch.at(-1);
    if (batch.length < size || last === undefined) return null;
    after = last.id;
  }
  return after;
}
