import "server-only";

import { defineRouteHandler, REFUSALS, retryAfter, type RouteAnswers } from "@/lib/actions/define-route-handler";
import { describeErrorWithoutData } from "@/lib/actions/define-action";
import { API_REFUSALS, apiError } from "@/lib/api/errors";
import type { AuditEventInput } from "@/lib/audit/events";
import type { ApiOperation } from "@/lib/api/operations";
import { roleAllows, type ActingUser } from "@/lib/auth/roles";
import { authenticateApiToken } from "@/lib/db/api-tokens.server";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable.server";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";
import type { Actor } from "@/lib/db/types";

import { clientAddress } from "./request-context.server";

/** Who calls the API: a token's account, acting through that token. */
export interface ApiCaller {
  readonly user: ActingUser;
  readonly tokenId: string;
  /** The audit trail's view of the caller: the token's account, from the request's address. */
  readonly actor: Actor;
  /** This request's `api-token-used` event (see `apiRoute`). */
  readonly use: TokenUse;
}

/**
 * The `api-token-used` event of one request, recorded exactly once: by the wrapper before the handler runs, or,
 * for an operation that writes (`recordsUseWithItsWrites`), by the handler in the same transaction as what it
 * writes (`markRecorded` once that has committed) or else by the wrapper when the handler is done.
 */
export class TokenUse {
  #recorded = false;

  constructor(readonly event: AuditEventInput) {}

  get recorded(): boolean {
    return this.#recorded;
  }

  markRecorded(): void {
    this.#recorded = true;
  }
}

export interface ApiRouteOptions {
  /**
   * The handler writes the use event with its own changes, saving a transaction of its own (and its commit's
   * flush to disk) on every write; a request that ends without writing has it recorded after the handler, and
   * a use that cannot be recorded then answers as a failure instead of the handler's answer.
   */
  readonly recordsUseWithItsWrites?: boolean;
}

const API_ANSWERS: RouteAnswers = {
  ...API_REFUSALS,
  unavailable: (error) => apiError(503, "service-unavailable", error.message, { headers: retryAfter(error) }),
  failed: () => apiError(500, "server-error", REFUSALS.failed),
};

/** `Authorization: Bearer <token>`; anything else is no token. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,200})\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}

/**
 * Every /api/v1 route is built here: `defineRouteHandler` (the one wrapper of route handlers) bound to API
 * tokens instead of the session cookie, answering in the API's error shape. The token is checked before
 * anything of the request is read; its account must still be active and hold the clinician's rights. Every
 * use is audited as the token's account (`api-token-used`, with the token and the operation) before the
 * operation runs, so a use that cannot be recorded does not happen; or, with `recordsUseWithItsWrites`, in the
 * transaction of what the operation writes, which then does not happen either without its event.
 */
export function apiRoute<TContext = unknown>(
  operation: ApiOperation,
  handler: (request: Request, caller: ApiCaller, context: TContext) => Promise<Response>,
  options: ApiRouteOptions = {},
) {
  const run = options.recordsUseWithItsWrites
    ? async (request: Request, caller: ApiCaller, context: TContext) => {
        try {
          return await handler(request, caller, context);
        } finally {
          if (!caller.use.recorded) await recordAuditEvent(caller.use.event);
        }
      }
    : handler;
  return defineRouteHandler<ApiCaller, TContext>(run, {
    answers: API_ANSWERS,
    isOutage: isDatabaseUnavailable,
    logError: (error) => console.error(`API ${operation.operationId} failed:`, describeErrorWithoutData(error)),
    authorize: async (request) => {
      const token = bearerToken(request);
      const owner = token === null ? null : await authenticateApiToken(token);
      if (!owner) return { ok: false, status: 401 };
      if (!roleAllows(owner.user.role, "clinician")) return { ok: false, status: 403 };
      const actor: Actor = { userId: owner.user.id, email: owner.user.email, ipAddress: await clientAddress() };
      const use = new TokenUse({
        actorUserId: actor.userId,
        actorEmail: actor.email,
        event: "api-token-used",
        outcome: "success",
        recordType: "api-token",
        recordId: owner.tokenId,
        patientId: null,
        ipAddress: actor.ipAddress,
        detail: { operation: operation.operationId, method: operation.method.toUpperCase() },
      });
      if (!options.recordsUseWithItsWrites) {
        await recordAuditEvent(use.event);
        use.markRecorded();
      }
      return { ok: true, user: { user: owner.user, tokenId: owner.tokenId, actor, use } };
    },
  });
}
