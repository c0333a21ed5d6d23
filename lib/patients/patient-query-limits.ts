/**
 * How long a patient search query may be and how many patients it answers, and the query as searched for.
 * Apart from the schemas (patient-query.ts) so that the search box can use them without loading zod with the
 * page (docs/decisions/0020).
 */
export const PATIENT_QUERY_MIN_LENGTH = 2;
export const PATIENT_QUERY_MAX_LENGTH = 100;
export const PATIENT_SEARCH_LIMIT = 20;

/** The query trimmed, or null when it is too short or too long to search for. */
export function normalisePatientQuery(query: string): string | null {
  const trimmed = query.trim();
  return trimmed.length >= PATIENT_QUERY_MIN_LENGTH && trimmed.length <= PATIENT_QUERY_MAX_LENGTH ? trimmed : null;
}
