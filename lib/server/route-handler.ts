import "server-only";

import { defineRouteHandler } from "@/lib/actions/define-route-handler";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable.server";

import { checkAccess, type Access, type UserFor } from "./access.server";

export interface RouteHandlerDefinition<A extends Access, TContext> {
  readonly access: A;
  /** Names the route in the audit trail when access is refused. */
  readonly name: string;
  /** Whether a request to this route restarts the idle clock (false for the page's own session check). */
  readonly activity?: boolean | "always";
  readonly handler: (request: Request, user: UserFor<A>, context: TContext) => Promise<Response>;
}

/**
 * Every route handler is built here: `defineRouteHandler` bound to the request's session (401/403 as JSON), a
 * database that cannot be reached answered 503 with Retry-After, as the API does.
 */
export function routeHandler<A extends Access, TContext = unknown>(definition: RouteHandlerDefinition<A, TContext>) {
  return defineRouteHandler<UserFor<A>, TContext>(definition.handler, {
    authorize: () => checkAccess(definition.access, `route:${definition.name}`, { activity: definition.activity ?? true }),
    isOutage: isDatabaseUnavailable,
  });
}
