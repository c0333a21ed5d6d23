/**
 * The API's one error shape, `{ error: { code, message, fieldErrors? } }`, for every refusal and failure of every
 * /api/v1 route: a caller branches on `code` (stable), shows `message` (English, for a person), and finds each
 * bad field of its request under `fieldErrors`, keyed by the field's dotted path in the request body or query.
 */
import { jsonResponse } from "../actions/define-route-handler";
import type { FieldErrors } from "../actions/define-action";
import { IDENTITY_FIELDS, type IdentityFieldChange } from "../patients/identity-change";
import { z } from "../validation/zod";

export const API_ERROR_CODES = [
  "bad-request",
  "unsupported-content-type",
  "validation-failed",
  "unauthorized",
  "forbidden",
  "not-found",
  "conflict",
  "payload-too-large",
  "server-error",
  "service-unavailable",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per field, keyed by the field's dotted path (e.g. `screening.vitals.systolic`)." }),
      identityChange: z
        .array(z.object({ field: z.enum(IDENTITY_FIELDS), from: z.string().nullable(), to: z.string() }))
        .optional()
        .meta({ description: "With 409 from `POST /screenings`: how the patient's record would change. Send it back as `confirmedIdentityChange` to apply it." }),
    }),
  })
  ;
export type ApiErrorBody = z.output<typeof apiErrorSchema>;

export interface ApiErrorOptions {
  readonly fieldErrors?: FieldErrors;
  readonly identityChange?: readonly IdentityFieldChange[];
  readonly headers?: HeadersInit;
}

export function apiError(status: number, code: ApiErrorCode, message: string, options: ApiErrorOptions = {}): Response {
  const body: ApiErrorBody = {
    error: {
      code,
      message,
      ...(options.fieldErrors ? { fieldErrors: options.fieldErrors as Record<string, string[]> } : {}),
      ...(options.identityChange ? { identityChange: [...options.identityChange] } : {}),
    },
  };
  return jsonResponse(status, body, { headers: options.headers });
}

/** 422: the request was read, and these fields of it are wrong. */
export function validationFailed(fieldErrors: FieldErrors): Response {
  return apiError(422, "validation-failed", "Some fields are not valid: see fieldErrors.", { fieldErrors });
}

export function notFound(what: string): Response {
  return apiError(404, "not-found", `No ${what} with this id.`);
}

/** The wrapper's own answers, in the API's shape (lib/actions/define-route-handler.ts `RouteAnswers`). */
export const API_REFUSALS = {
  crossSite: () => apiError(403, "forbidden", "Requests from other sites are refused."),
  refused: (status: 401 | 403) =>
    status === 401
      ? apiError(401, "unauthorized", "Send a valid API token: Authorization: Bearer <token>.", { headers: { "WWW-Authenticate": 'Bearer realm="api"' } })
      : apiError(403, "forbidden", "This token's account may not use the API."),
} as const;
