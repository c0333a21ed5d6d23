import "server-only";

import { forbidden, unauthorized } from "next/navigation";
import type { z } from "@/lib/validation/zod";

import { defineAction, type ActionFailure, type DefineActionOptions, type HandlerResult } from "@/lib/actions/define-action";

import { checkAccess, type Access, type UserFor } from "./access.server";

export interface ServerActionDefinition<TSchema extends z.ZodType, TResult extends HandlerResult, A extends Access> {
  /** Who may call it; checked before the input is parsed. */
  readonly access: A;
  /** Names the action in the audit trail when access is refused. */
  readonly name: string;
  readonly schema: TSchema;
  readonly handler: (input: z.output<TSchema>, user: UserFor<A>) => Promise<TResult>;
  readonly failureMessage?: DefineActionOptions<UserFor<A>>["failureMessage"];
}

/**
 * Every Server Action is built here: `defineAction` bound to the request's session. A "use server" export is a
 * public POST endpoint, so a caller without a session gets HTTP 401 and one without the right gets 403 (and an
 * audit event), before its input is read.
 */
export function serverAction<TSchema extends z.ZodType, TResult extends HandlerResult, A extends Access>(
  definition: ServerActionDefinition<TSchema, TResult, A>,
): (rawInput: unknown) => Promise<TResult | ActionFailure> {
  return defineAction<TSchema, TResult, UserFor<A>>(definition.schema, definition.handler, {
    authorize: () => checkAccess(definition.access, `action:${definition.name}`),
    refuse: (status) => (status === 401 ? unauthorized() : forbidden()),
    failureMessage: definition.failureMessage,
  });
}
