/**
 * The one way a Server Action runs: authenticate and authorise, parse, call one domain function with the acting
 * user, return a typed result. Framework-free on purpose (no Next.js, no database): how the user is found and
 * how a refusal is answered are passed in (lib/server/server-action.ts binds them to the session and to HTTP
 * 401/403), so the steps can be unit-tested and each action file only names its access, schema and domain call.
 *
 * Expected failures come back as values, never as throws, because a thrown error crosses the Server Action
 * boundary as an opaque "An error occurred" and the form could not show which field is wrong.
 */
import type { z } from "../validation/zod";

/** Messages per field, keyed by the field's dotted path in the parsed shape, e.g. "screening.vitals.diastolic". */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

export type ActionFailure =
  | { readonly ok: false; readonly fieldErrors: FieldErrors; readonly formError?: undefined }
  | { readonly ok: false; readonly formError: string; readonly fieldErrors?: undefined };

export type ActionResult<TSuccess extends object> = ({ readonly ok: true } & TSuccess) | ActionFailure;

/** Key for issues that belong to no field (e.g. an unknown top-level key sent by a non-browser caller). */
export const FORM_LEVEL_KEY = "form";

export const DEFAULT_FAILURE_MESSAGE =
  "The screening could not be saved: nothing was stored; your entries are still in the form. Try again.";

/** Groups zod issues by dotted path, keeping each field's messages in the order zod reported them. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const grouped: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : FORM_LEVEL_KEY;
    (grouped[key] ??= []).push(issue.message);
  }
  return grouped;
}

/**
 * What is safe to log of an unexpected error: its class, its code and where it was thrown. Never its message:
 * a database client's validation error quotes the call's arguments, which hold patient data.
 */
export function describeErrorWithoutData(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error value of type ${typeof error}`;
  const code = "code" in error && (typeof error.code === "string" || typeof error.code === "number") ? ` ${error.code}` : "";
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
  return `${error.name}${code}\n${frames}`;
}

/** What the access check found: the acting user, or the HTTP status of the refusal. */
export type Authorization<TUser> = { readonly ok: true; readonly user: TUser } | { readonly ok: false; readonly status: 401 | 403 };

export interface DefineActionOptions<TUser> {
  /** Resolves and checks the acting user before anything of the request is parsed. */
  readonly authorize: () => Promise<Authorization<TUser>>;
  /** Answers a refusal; the Next.js binding throws there (HTTP 401/403), so the handler can never run. */
  readonly refuse: (status: 401 | 403) => Promise<ActionFailure> | never;
  /** Shown to the user when the handler throws; says whether anything was stored. */
  readonly failureMessage?: string;
  /** Where unexpected errors go; the server console by default. Never log the input: it holds patient data. */
  readonly logError?: (error: unknown) => void;
}

/**
 * Nothing was done, and the user is asked a question first (e.g. "confirm this change to the patient's
 * identity"): an expected outcome that is neither an invalid field nor a failure. The action names its fields.
 */
export type ActionQuestion = { readonly ok: false; readonly fieldErrors?: undefined; readonly formError?: undefined } & object;

/** What a handler may return: a success with its fields, an expected failure, or a question to the user. */
export type HandlerResult = ({ readonly ok: true } & object) | ActionFailure | ActionQuestion;

export function defineAction<TSchema extends z.ZodType, TResult extends HandlerResult, TUser>(
  schema: TSchema,
  handler: (input: z.output<TSchema>, user: TUser) => Promise<TResult>,
  options: DefineActionOptions<TUser>,
): (rawInput: unknown) => Promise<TResult | ActionFailure> {
  const failureMessage = options.failureMessage ?? DEFAULT_FAILURE_MESSAGE;
  const logError =
    options.logError ?? ((error: unknown) => console.error("Server Action failed:", describeErrorWithoutData(error)));

  return async (rawInput) => {
    // 1. Authenticate and authorise before the input is even parsed: an anonymous caller learns nothing, not
    //    even which fields were wrong. The user is then passed to the handler explicitly.
    const access = await options.authorize();
    if (!access.ok) return options.refuse(access.status);

    // 2. Parse: the argument comes straight from an HTTP request, whatever the client-side check said.
    const parsed = await schema.safeParseAsync(rawInput);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };

    // 3. Call one domain function. Handlers return expected failures as values; anything thrown is a bug or an
    //    outage (database locked, disk full), reported without internals. Handlers must not call Next's
    //    redirect()/notFound(): those work by throwing and would be caught here; the client navigates instead.
    try {
      return await handler(parsed.data, access.user);
    } catch (error) {
      logError(error);
      return { ok: false, formError: failureMessage };
    }
  };
}
