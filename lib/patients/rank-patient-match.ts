/**
 * How well a patient matches a search, and the order of the results: pure, so that it is the same whatever
 * database the candidates came from, and testable on its own.
 */
import { foldSearchText } from "./fold-search-text";

/** Best first. The value is the rank: lower is better. */
export const MATCH_RANKS = {
  /** The record number is the query (any case): the surest way to find one patient. */
  "record-number": 0,
  /** The name begins with the query. */
  "name-prefix": 1,
  /** A later word of the name begins with the query ("smi" in "Ann Smith"). */
  "name-word": 2,
  /** The record number begins with the query. */
  "record-number-prefix": 3,
  /** The query is anywhere else in the name. */
  "name-contains": 4,
} as const;
export type MatchRank = (typeof MATCH_RANKS)[keyof typeof MATCH_RANKS];

export interface SearchablePatient {
  readonly id: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly medicalRecordNumber: string | null;
}

const WORD_BOUNDARY = /[\s\-'’.,(]/u;

function nameRank(foldedName: string, foldedQuery: string): MatchRank | null {
  if (foldedName.startsWith(foldedQuery)) return MATCH_RANKS["name-prefix"];
  let at = foldedName.indexOf(foldedQuery, 1);
  if (at < 0) return null;
  while (at >= 0) {
    if (WORD_BOUNDARY.test(foldedName[at - 1] ?? "")) return MATCH_RANKS["name-word"];
    at = foldedName.indexOf(foldedQuery, at + 1);
  }
  return MATCH_RANKS["name-contains"];
}

/** The rank of `patient` for a query already folded with `foldSearchText`, or null when it does not match. */
export function rankPatientMatch(patient: SearchablePatient, foldedQuery: string): MatchRank | null {
  const record = patient.medicalRecordNumber === null ? null : foldSearchText(patient.medicalRecordNumber);
  if (record === foldedQuery) return MATCH_RANKS["record-number"];
  const byName = nameRank(foldSearchText(patient.fullName), foldedQuery);
  if (byName !== null && byName <= MATCH_RANKS["name-word"]) return byName;
  if (record?.startsWith(foldedQuery)) return MATCH_RANKS["record-number-prefix"];
  return byName;
}

export interface RankedPatient<P extends SearchablePatient = SearchablePatient> {
  readonly patient: P;
  readonly rank: MatchRank;
}

// Built once (a formatter costs about 170 µs to build). Accents and case tie at first, then break the tie.
const byName = new Intl.Collator("en", { sensitivity: "variant", numeric: true });

/**
 * A total order: rank, then name as a person reads it, then date of birth, then id (by code unit, so two
 * patients of the same name and birth date still come in the same order every time, on every engine).
 */
export function compareRankedPatients(a: RankedPatient, b: RankedPatient): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  const name = byName.compare(a.patient.fullName, b.patient.fullName);
  if (name !== 0) return name;
  if (a.patient.dateOfBirth !== b.patient.dateOfBirth) return a.patient.dateOfBirth < b.patient.dateOfBirth ? -1 : 1;
  if (a.patient.id === b.patient.id) return 0;
  return a.patient.id < b.patient.id ? -1 : 1;
}
