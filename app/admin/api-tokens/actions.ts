"use server";

/** Personal API tokens: admins only (a clinician gets 403 and an audit event). */
import { apiTokenIdSchema, issueApiTokenSchema } from "@/lib/auth/form-schemas";
import { issueApiToken, revokeApiToken } from "@/lib/db/api-tokens.server";
import { actorFor } from "@/lib/server/request-context.server";
import { serverAction } from "@/lib/server/server-action";

const issue = serverAction({
  access: "admin",
  name: "issue-api-token",
  schema: issueApiTokenSchema,
  handler: async (request, user) => {
    const issued = await issueApiToken(await actorFor(user), request);
    if (!issued.ok) return issued;
    // Only what the page shows once: the token, its label and its owner's email.
    return { ok: true as const, token: issued.token, name: issued.summary.name, ownerEmail: issued.summary.owner.email };
  },
  failureMessage: "The token could not be issued because of a problem on the server. Nothing was stored; try again.",
});

const revoke = serverAction({
  access: "admin",
  name: "revoke-api-token",
  schema: apiTokenIdSchema,
  handler: async ({ tokenId }, user) =>
    (await revokeApiToken(await actorFor(user), tokenId))
      ? ({ ok: true } as const)
      : ({ ok: false, formError: "This token does not exist or is already revoked." } as const),
  failureMessage: "The token could not be revoked because of a problem on the server. It still works; try again.",
});

export async function issueApiTokenAction(form: unknown) {
  return issue(form);
}

export async function revokeApiTokenAction(form: unknown) {
  return revoke(form);
}
