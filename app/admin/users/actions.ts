"use server";

/** Account administration: admins only (a clinician gets 403 and an audit event). */
import { accountIdSchema, createAccountSchema } from "@/lib/auth/form-schemas";
import { deactivateAccount } from "@/lib/db/deactivate-account.server";
import { resetSecondFactor } from "@/lib/db/reset-second-factor.server";
import { createAccountWithGeneratedPassword } from "@/lib/server/create-account-with-temporary-password.server";
import { actorFor } from "@/lib/server/request-context.server";
import { serverAction } from "@/lib/server/server-action";

const create = serverAction({
  access: "admin",
  name: "create-account",
  schema: createAccountSchema,
  handler: async (account, user) => {
    const created = await createAccountWithGeneratedPassword(await actorFor(user), account);
    if (!created.ok) return created;
    return { ok: true as const, email: account.email.trim().toLowerCase(), temporaryPassword: created.password ?? "" };
  },
  failureMessage: "The account could not be created because of a problem on the server. Nothing was stored; try again.",
});

const deactivate = serverAction({
  access: "admin",
  name: "deactivate-account",
  schema: accountIdSchema,
  handler: async ({ userId }, user) => deactivateAccount(await actorFor(user), userId),
});

const resetMfa = serverAction({
  access: "admin",
  name: "reset-second-factor",
  schema: accountIdSchema,
  handler: async ({ userId }, user) => resetSecondFactor(await actorFor(user), userId),
});

export async function createAccountAction(form: unknown) {
  return create(form);
}

export async function deactivateAccountAction(form: unknown) {
  return deactivate(form);
}

export async function resetSecondFactorAction(form: unknown) {
  return resetMfa(form);
}
