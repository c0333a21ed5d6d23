"use server";

/**
 * Account set-up (a temporary password replaced, a second factor enrolled) and sign-out. They need a session
 * but not a complete account: they are how an account becomes complete.
 */
import { changePasswordSchema, confirmPasswordSchema, authenticatorCodeSchema, noInputSchema } from "@/lib/auth/form-schemas";
import { changePassword, confirmEnrolment, signOut, startEnrolment, type SetupOutcome } from "@/lib/server/account-setup.server";
import { serverAction } from "@/lib/server/server-action";

function asResult<T extends object>(outcome: SetupOutcome<T>) {
  if (outcome.ok) return outcome;
  return outcome.field ? { ok: false as const, fieldErrors: { [outcome.field]: [outcome.message] } } : { ok: false as const, formError: outcome.message };
}

const change = serverAction({
  access: "account-setup",
  name: "change-password",
  schema: changePasswordSchema,
  handler: async ({ currentPassword, newPassword }, user) => asResult(await changePassword(user, currentPassword, newPassword)),
  failureMessage: "Your password could not be changed because of a problem on the server. It is unchanged; try again.",
});

const start = serverAction({
  access: "account-setup",
  name: "start-mfa-enrolment",
  schema: confirmPasswordSchema,
  handler: async ({ password }) => asResult(await startEnrolment(password)),
});

const confirm = serverAction({
  access: "account-setup",
  name: "confirm-mfa-enrolment",
  schema: authenticatorCodeSchema,
  handler: async ({ code }, user) => asResult(await confirmEnrolment(user, code)),
});

const end = serverAction({
  access: "account-setup",
  name: "sign-out",
  schema: noInputSchema,
  handler: async (_input, user) => {
    await signOut(user);
    return { ok: true as const };
  },
});

export async function changePasswordAction(form: unknown) {
  return change(form);
}

export async function startEnrolmentAction(form: unknown) {
  return start(form);
}

export async function confirmEnrolmentAction(form: unknown) {
  return confirm(form);
}

export async function signOutAction(form: unknown) {
  return end(form);
}
