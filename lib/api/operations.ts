/**
 * Every operation of the API under /api/v1: its method, path, what it reads and what it answers. The route
 * handlers (app/api/v1) are built from these entries, and the OpenAPI document (openapi.ts) is generated from
 * them, so the document cannot describe a route that does not exist or miss one that does (a test walks app/api/v1
 * and compares).
 */
import type { z } from "../validation/zod";

import { apiErrorSchema } from "./errors";
import { assessmentRequestSchema, createScreeningRequestSchema, screeningListQuerySchema } from "./requests";
import { assessmentSchema, screeningListSchema, screeningResourceSchema } from "./resources";

export const API_BASE_PATH = "/api/v1";
/** The document's version: changes when an operation or a schema changes (additions included). */
export const API_VERSION = "1.0.0";

export interface ApiContent {
  readonly mediaType: "application/json" | "application/fhir+json" | "application/pdf" | "text/csv";
  /** JSON bodies only; files are described in words. */
  readonly schema?: z.ZodType;
}

export interface ApiResponseSpec {
  readonly description: string;
  readonly content?: ApiContent;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ApiOperation {
  readonly operationId: string;
  readonly method: "get" | "post";
  /** Below API_BASE_PATH, with `{name}` for path parameters. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  /** False only for the OpenAPI document itself: every other operation needs a token. */
  readonly authenticated: boolean;
  readonly requestBody?: z.ZodType;
  readonly query?: typeof screeningListQuerySchema;
  readonly responses: Readonly<Record<number, ApiResponseSpec>>;
}

const error = (description: string): ApiResponseSpec => ({ description, content: { mediaType: "application/json", schema: apiErrorSchema } });

const BODY_ERRORS = {
  400: error("The body is not JSON, or not sent as `application/json`."),
  413: error("The body is larger than the limit."),
  422: error("Fields of the body are not valid; `fieldErrors` names each by its path."),
} as const;

const NOT_FOUND = { 404: error("No screening with this id.") } as const;
const BAD_FILTER = { 422: error("A filter is not valid; `fieldErrors` names it.") } as const;

export const API_OPERATIONS = {
  evaluateScreening: {
    operationId: "evaluateScreening",
    method: "post",
    path: "/assessments",
    summary: "Evaluate a screening without storing it",
    description: "Runs today's rules on a screening and returns the flags they raise, critical first, each with the facts that raised it and its source. Nothing is stored; no patient record is read or made.",
    authenticated: true,
    requestBody: assessmentRequestSchema,
    responses: { 200: { description: "The flags and the rules version.", content: { mediaType: "application/json", schema: assessmentSchema } }, ...BODY_ERRORS },
  },
  createScreening: {
    operationId: "createScreening",
    method: "post",
    path: "/screenings",
    summary: "Store a screening",
    description: "Assesses the screening with today's rules and stores it, awaiting a clinician's review in the app. Idempotent on `submissionId`: the first request answers 201, a repeat answers 200 with the same screening and stores nothing.",
    authenticated: true,
    requestBody: createScreeningRequestSchema,
    responses: {
      201: { description: "Stored.", content: { mediaType: "application/json", schema: screeningResourceSchema }, headers: { Location: "The screening's address in the API." } },
      200: { description: "Already stored by an earlier request with this `submissionId`.", content: { mediaType: "application/json", schema: screeningResourceSchema } },
      ...BODY_ERRORS,
      409: error("The identity sent differs from the patient's record; nothing was stored. `identityChange` names each changed field, old and new; resend with `confirmedIdentityChange` to apply the change."),
    },
  },
  listScreenings: {
    operationId: "listScreenings",
    method: "get",
    path: "/screenings",
    summary: "List screenings",
    description: "Stored screenings, newest first unless `sort=oldest`, 50 a page, with the list page's filters (`status=draft` is refused: drafts stay in the app). Follow `nextCursor` (as `after`) for the next page; a page never skips or repeats a screening.",
    authenticated: true,
    query: screeningListQuerySchema,
    responses: { 200: { description: "One page.", content: { mediaType: "application/json", schema: screeningListSchema } }, ...BAD_FILTER },
  },
  exportScreeningsCsv: {
    operationId: "exportScreeningsCsv",
    method: "get",
    path: "/screenings.csv",
    summary: "Export the list as CSV",
    description: "Every screening matching the filters (all pages; `after` is ignored), one row each, as RFC 4180 CSV in UTF-8 with a byte order mark, streamed. Cells a spreadsheet would read as a formula are prefixed with an apostrophe.",
    authenticated: true,
    query: screeningListQuerySchema,
    responses: { 200: { description: "The CSV file.", content: { mediaType: "text/csv" } }, ...BAD_FILTER },
  },
  getScreening: {
    operationId: "getScreening",
    method: "get",
    path: "/screenings/{id}",
    summary: "Read a screening",
    description: "One screening: its patient, the input as recorded, the flags with the clinician's decisions, and the sign-off.",
    authenticated: true,
    responses: { 200: { description: "The screening.", content: { mediaType: "application/json", schema: screeningResourceSchema } }, ...NOT_FOUND },
  },
  getScreeningFhir: {
    operationId: "getScreeningFhir",
    method: "get",
    path: "/screenings/{id}/fhir",
    summary: "A screening as a FHIR R4 Bundle",
    description: "A `collection` Bundle with the Patient, the Questionnaire and QuestionnaireResponse, LOINC-coded Observations, AllergyIntolerances, one RiskAssessment per flag and a Provenance for the signature. Only the current version of a screening is exported.",
    authenticated: true,
    responses: {
      200: { description: "The Bundle.", content: { mediaType: "application/fhir+json" } },
      ...NOT_FOUND,
      409: error("This version was replaced by an amendment: export the current version."),
    },
  },
  getScreeningPdf: {
    operationId: "getScreeningPdf",
    method: "get",
    path: "/screenings/{id}/pdf",
    summary: "A screening's summary as PDF",
    description: "The printable summary: patient, plan, measurements, scores, every flag with its source, decisions, outcome and signature.",
    authenticated: true,
    responses: {
      200: { description: "The PDF file.", content: { mediaType: "application/pdf" } },
      ...NOT_FOUND,
      503: {
        ...error("Every place for preparing a PDF is taken, or the database cannot be reached; nothing was read or changed. Try again after `Retry-After`."),
        headers: { "Retry-After": "Seconds to wait before trying again." },
      },
    },
  },
  getOpenApiDocument: {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    description: "The OpenAPI 3.1 description of this API, generated from the schemas the server parses with.",
    authenticated: false,
    responses: { 200: { description: "The OpenAPI document.", content: { mediaType: "application/json" } } },
  },
} as const satisfies Record<string, ApiOperation>;

export type ApiOperationId = keyof typeof API_OPERATIONS;
