import "server-only";

import { hashPassword } from "better-auth/crypto";

import type { Role } from "@/lib/auth/roles";
import { generateTemporaryPassword, normaliseEmail } from "@/lib/auth/temporary-password";
import { createAccount, type CreateAccountResult } from "@/lib/db/create-account.server";
import type { Actor } from "@/lib/db/types";

export interface NewAccount {
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

/**
 * Creates an account with a generated password, returned once to show to whoever hands it over. With
 * `temporary` (the default) the holder must replace it at first sign-in; the demo accounts keep theirs.
 */
export async function createAccountWithGeneratedPassword(
  actor: Actor,
  account: NewAccount,
  { temporary = true }: { temporary?: boolean } = {},
): Promise<CreateAccountResult & { readonly password?: string }> {
  const password = generateTemporaryPassword();
  const result = await createAccount({
    actor,
    name: account.name.trim(),
    email: normaliseEmail(account.email),
    role: account.role,
    passwordHash: await hashPassword(password),
    mustChangePassword: temporary,
  });
  return result.ok ? { ...result, password } : result;
}
