/**
 * The one way a route handler runs, the counterpart of `defineAction` for route handlers (`route.ts` files under app/): refuse a
 * cross-site unsafe request, authenticate and authorise before the body is read, call the handler with the
 * acting user, and answer every outcome as JSON that is never cached. Framework-free: the access check is
 * passed in (lib/server/route-handler.ts binds it to the session).
 */
import { describeErrorWithoutData, type Authorization } from "./define-action";

const NO_STORE = "no-store";

export function jsonResponse(status: number, body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", NO_STORE);
  return new Response(JSON.stringify(body), { ...init, status, headers });
}

export const REFUSALS = {
  401: "Sign in to continue: there is no valid session.",
  403: "You do not have access to this.",
  crossSite: "Requests from other sites are refused.",
  failed: "The request failed because of a problem on the server. Nothing was changed; try again.",
  outage: "The database cannot be reached just now. Nothing was changed; try again shortly.",
} as const;

/** Seconds a client is asked to wait before retrying after an outage. */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Route handlers get no CSRF check from the framework. Browsers send `Origin` with every unsafe request: one
 * naming another host than the request's is refused. (SameSite=Lax cookies already stay off cross-site POSTs;
 * this is the second wall.) Callers that are not browsers send no Origin and authenticate like anyone else.
 */
export function isCrossSite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Thrown by a handler for a shortage that passes by itself (every PDF slot taken, say): answered 503 with
 * `Retry-After` and this message, which the caller reads, so it holds no patient data. Not logged: it is the
 * server shedding load as designed, and a flood of them must not flood the log.
 */
export class TemporarilyUnavailableError extends Error {
  override readonly name = "TemporarilyUnavailableError";

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** How the wrapper words its own answers (refusals and failures); the API answers in its own error shape. */
export interface RouteAnswers {
  readonly crossSite: () => Response;
  readonly refused: (status: 401 | 403) => Response;
  readonly unavailable: (error: TemporarilyUnavailableError) => Response;
  readonly failed: () => Response;
}

export function retryAfter(error: TemporarilyUnavailableError): HeadersInit {
  return { "Retry-After": String(error.retryAfterSeconds) };
}

const DEFAULT_ANSWERS: RouteAnswers = {
  crossSite: () => jsonResponse(403, { error: REFUSALS.crossSite }),
  refused: (status) => jsonResponse(status, { error: REFUSALS[status] }),
  unavailable: (error) => jsonResponse(503, { error: error.message }, { headers: retryAfter(error) }),
  failed: () => jsonResponse(500, { error: REFUSALS.failed }),
};

export interface DefineRouteHandlerOptions<TUser> {
  /** Finds and checks the caller from the request (its session cookie, or an API token) before the body is read. */
  readonly authorize: (request: Request) => Promise<Authorization<TUser>>;
  readonly logError?: (error: unknown) => void;
  readonly answers?: RouteAnswers;
  /**
   * Whether an error is an outage that ends by itself (the database unreachable): logged like any failure, then
   * answered as a TemporarilyUnavailableError (503, Retry-After) rather than a 500. Only lib/db knows the
   * shapes of such errors, so the caller passes the test in.
   */
  readonly isOutage?: (error: unknown) => boolean;
}

export function defineRouteHandler<TUser, TContext>(
  handler: (request: Request, user: TUser, context: TContext) => Promise<Response>,
  options: DefineRouteHandlerOptions<TUser>,
): (request: Request, context: TContext) => Promise<Response> {
  const logError = options.logError ?? ((error: unknown) => console.error("Route handler failed:", describeErrorWithoutData(error)));
  const answers = options.answers ?? DEFAULT_ANSWERS;
  return async (request, context) => {
    if (isCrossSite(request)) return answers.crossSite();
    try {
      const access = await options.authorize(request);
      if (!access.ok) return answers.refused(access.status);
      const response = await handler(request, access.user, context);
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", NO_STORE);
      return response;
    } catch (error) {
      if (error instanceof TemporarilyUnavailableError) return answers.unavailable(error);
      logError(error);
      if (options.isOutage?.(error)) return answers.unavailable(new TemporarilyUnavailableError(REFUSALS.outage, OUTAGE_RETRY_AFTER_SECONDS));
      return answers.failed();
    }
  };
}
