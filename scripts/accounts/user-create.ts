/**
 * `npm run user:create -- --email … --name … --role admin|clinician`: creates an account from the command line
 * (the first admin of a deployment, or a recovery). Prints a temporary password, which must be changed at the
 * first sign-in. Works on DATABASE_URL's database, like the app.
 */
import { createAccountSchema } from "@/lib/auth/form-schemas";
import { disconnectDb } from "@/lib/db/client.server";
import { createAccountWithGeneratedPassword } from "@/lib/server/create-account-with-temporary-password.server";

import { parseCommandLine, printFieldErrors } from "./command-line-arguments";
import { COMMAND_LINE_ACTOR } from "./command-line-actor";

const USAGE = "Usage: npm run user:create -- --email <email> --name <full name> --role <admin|clinician>";

async function main(): Promise<number> {
  const account = parseCommandLine(["email", "name", "role"], createAccountSchema, USAGE);
  if (!account) return 2;
  const created = await createAccountWithGeneratedPassword(COMMAND_LINE_ACTOR, account);
  if (!created.ok) {
    printFieldErrors(created.fieldErrors);
    return 1;
  }
  console.log(`Created ${account.role} account for ${account.email.trim().toLowerCase()}.`);
  console.log(`Temporary password (shown once; to be changed at first sign-in): ${created.password}`);
  return 0;
}

process.exitCode = await main().finally(disconnectDb);
