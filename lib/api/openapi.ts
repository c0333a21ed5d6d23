/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operations table and the zod schemas the server
 * parses requests and responses with (never written by hand, so it cannot drift from what the server does).
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits.
 */
import { z } from "../validation/zod";
import { screeningInputSchema } from "../screening/schema";

import { apiErrorSchema } from "./errors";
import { API_BASE_PATH, API_OPERATIONS, type ApiOperation, type ApiResponseSpec } from "./operations";
import { createScreeningRequestSchema } from "./requests";
import {
  assessedFlagSchema,
  assessmentSchema,
  flagSourceSchema,
  patientSchema,
  recordedInputResourceSchema,
  screeningListItemSchema,
  screeningListSchema,
  screeningResourceSchema,
  storedFlagSchema,
} from "./resources";

type JsonObject = Record<string, unknown>;

const COMPONENTS = "#/components/schemas/";

/** Named components: requests are described as the server reads them, responses as it writes them. */
const REQUEST_COMPONENTS: ReadonlyArray<readonly [string, z.ZodType]> = [
  ["ScreeningInput", screeningInputSchema],
  ["CreateScreeningRequest", createScreeningRequestSchema],
];
const RESPONSE_COMPONENTS: ReadonlyArray<readonly [string, z.ZodType]> = [
  ["Screening", screeningResourceSchema],
  ["RecordedScreeningInput", recordedInputResourceSchema],
  ["StoredFlag", storedFlagSchema],
  ["FlagSource", flagSourceSchema],
  ["Patient", patientSchema],
  ["ScreeningList", screeningListSchema],
  ["ScreeningListItem", screeningListItemSchema],
  ["Assessment", assessmentSchema],
  ["AssessedFlag", assessedFlagSchema],
  ["Error", apiErrorSchema],
];

/** A component is part of the document, not a standalone schema: its own `$schema` and `$id` would mislead. */
function withoutDialect(schema: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function componentSchemas(entries: ReadonlyArray<readonly [string, z.ZodType]>, io: "input" | "output"): Map<z.ZodType, string> & { readonly json: JsonObject } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, target: "draft-2020-12", uri: (id) => `${COMPONENTS}${id}` });
  const json: JsonObject = {};
  for (const [id, schema] of Object.entries(schemas)) json[id] = withoutDialect(schema as JsonObject);
  return Object.assign(new Map(entries.map(([id, schema]) => [schema, id] as const)), { json });
}

function ref(names: Map<z.ZodType, string>, schema: z.ZodType): JsonObject {
  const name = names.get(schema);
  if (!name) throw new Error("Every schema of a request or response body must be a named component");
  return { $ref: `${COMPONENTS}${name}` };
}

const STANDARD_ERRORS: Readonly<Record<number, string>> = {
  401: "No token, or a token that is unknown, revoked, or whose account is deactivated.",
  403: "The token's account may not use the API.",
  500: "The server failed; nothing was changed. Try again.",
  503: "The database cannot be reached; nothing was changed. Try again after the seconds in `Retry-After`.",
};

function queryParameters(operation: ApiOperation): JsonObject[] {
  if (!operation.query) return [];
  return Object.entries(operation.query.shape).map(([name, schema]) => {
    const json = withoutDialect(z.toJSONSchema(schema as z.ZodType, { io: "input", target: "draft-2020-12" }) as JsonObject);
    const { description, ...rest } = json;
    return { name, in: "query", required: false, schema: rest, ...(description ? { description } : {}) };
  });
}

function pathParameters(operation: ApiOperation): JsonObject[] {
  return [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "string" } }));
}

export interface OpenApiOptions {
  /** The app's public address, e.g. https://screening.example.org (the API is under /api/v1 of it). */
  readonly origin: string;
  readonly version: string;
}

export function openApiDocument(options: OpenApiOptions): JsonObject {
  const requests = componentSchemas(REQUEST_COMPONENTS, "input");
  const responses = componentSchemas(RESPONSE_COMPONENTS, "output");

  const response = (spec: ApiResponseSpec): JsonObject => ({
    description: spec.description,
    ...(spec.headers ? { headers: Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }])) } : {}),
    ...(spec.content ? { content: { [spec.content.mediaType]: spec.content.schema ? { schema: ref(responses, spec.content.schema) } : {} } } : {}),
  });
  const standardError = (description: string): JsonObject => ({ description, content: { "application/json": { schema: ref(responses, apiErrorSchema) } } });

  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const operation of Object.values(API_OPERATIONS) as ApiOperation[]) {
    const answers: Record<string, JsonObject> = {};
    for (const [status, spec] of Object.entries(operation.responses)) answers[status] = response(spec);
    for (const [status, description] of Object.entries(STANDARD_ERRORS)) {
      if (!operation.authenticated && (status === "401" || status === "403")) continue;
      answers[status] ??= standardError(description);
    }
    const parameters = [...pathParameters(operation), ...queryParameters(operation)];
    (paths[`${operation.path}`] ??= {})[operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      description: operation.description,
      ...(operation.authenticated ? {} : { security: [] }),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.requestBody ? { requestBody: { required: true, content: { "application/json": { schema: ref(requests, operation.requestBody) } } } } : {}),
      responses: answers,
    };
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Ketamine pre-treatment screening API",
      version: options.version,
      description:
        "Evaluate and store pre-treatment screenings, and read them back with their flags, decisions and sign-off. The app supports a clinician's decision and never clears a patient by itself: a stored screening awaits a clinician's review in the app. Authenticate with a personal API token (issued by an admin): `Authorization: Bearer <token>`. Errors share one shape: `{ error: { code, message, fieldErrors? } }`.",
    },
    servers: [{ url: `${options.origin}${API_BASE_PATH}` }],
    security: [{ bearerToken: [] }],
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A personal API token; every use is audited as the token's account." } },
      schemas: { ...requests.json, ...responses.json },
    },
    paths,
  };
}
