"use server";

/** The sign-in steps: public endpoints by nature, so each is throttled in the database (lib/server/sign-in). */
import { authenticatorCodeSchema, backupCodeSchema, signInSchema } from "@/lib/auth/form-schemas";
import { serverAction } from "@/lib/server/server-action";
import { signInWithCode, signInWithPassword } from "@/lib/server/sign-in.server";

const withPassword = serverAction({
  access: "public",
  name: "sign-in",
  schema: signInSchema,
  handler: async ({ email, password }) => {
    const outcome = await signInWithPassword(email, password);
    return outcome.ok ? { ok: true as const, next: outcome.next } : { ok: false as const, formError: outcome.message };
  },
  failureMessage: "Signing in failed because of a problem on the server. Try again in a moment.",
});

const withCode = (kind: "totp" | "backup") =>
  serverAction({
    access: "public",
    name: kind === "totp" ? "sign-in-code" : "sign-in-backup-code",
    schema: kind === "totp" ? authenticatorCodeSchema : backupCodeSchema,
    handler: async ({ code }: { code: string }) => {
      const outcome = await signInWithCode(code, kind);
      return outcome.ok ? { ok: true as const, next: outcome.next } : { ok: false as const, fieldErrors: { code: [outcome.message] } };
    },
    failureMessage: "Signing in failed because of a problem on the server. Try again in a moment.",
  });

const withAuthenticatorCode = withCode("totp");
const withBackupCode = withCode("backup");

export async function signInAction(form: unknown) {
  return withPassword(form);
}

export async function signInWithAuthenticatorCodeAction(form: unknown) {
  return withAuthenticatorCode(form);
}

export async function signInWithBackupCodeAction(form: unknown) {
  return withBackupCode(form);
}
