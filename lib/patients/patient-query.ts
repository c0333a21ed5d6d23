/**
 * What a patient search asks and answers: one typed text, and at most `PATIENT_SEARCH_LIMIT` patients. Shared by
 * the search box (which sends only queries this accepts), the route handler (which parses again) and the data
 * access function.
 */
import { z } from "@/lib/validation/zod";

import { PATIENT_QUERY_MAX_LENGTH, PATIENT_QUERY_MIN_LENGTH, PATIENT_SEARCH_LIMIT } from "./patient-query-limits";

// Server code keeps importing them from here; the browser imports patient-query-limits.ts, which has no zod.
export { normalisePatientQuery, PATIENT_QUERY_MAX_LENGTH, PATIENT_QUERY_MIN_LENGTH, PATIENT_SEARCH_LIMIT } from "./patient-query-limits";

/** The request body of POST /api/patients/search. A POST, so that what the clinician typed is never in a URL. */
export const patientSearchRequestSchema = z.strictObject({
  q: z
    .string({ error: "Type a name or a record number" })
    .trim()
    .min(PATIENT_QUERY_MIN_LENGTH, `Type at least ${PATIENT_QUERY_MIN_LENGTH} characters`)
    .max(PATIENT_QUERY_MAX_LENGTH, `Type at most ${PATIENT_QUERY_MAX_LENGTH} characters`),
});

/** One patient found: what the search box shows, and the opaque id that pre-fills the form. */
export const patientSearchResultSchema = z.strictObject({
  id: z.string().min(1),
  fullName: z.string(),
  /** `YYYY-MM-DD`. */
  dateOfBirth: z.string(),
  medicalRecordNumber: z.string().nullable(),
});
export type PatientSearchResult = z.infer<typeof patientSearchResultSchema>;

/** The answer of POST /api/patients/search: best matches first. */
export const patientSearchResponseSchema = z.strictObject({
  patients: z.array(patientSearchResultSchema).max(PATIENT_SEARCH_LIMIT),
});
