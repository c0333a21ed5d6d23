/**
 * `npm run user:create -- --email … --name … --role admin|clinician`: creates an account from the command line
 * (the first admin of a deployment, or a recovery). Prints a temporary password, which must be changed at the
 * first sign-in. Works on DATABASE_URL's database, like the app.
 */
import { parseArgs } from "node:util";

import { createAccountSchema } from "@/lib/auth/form-schemas";
import { disconnectDb } from "@/lib/db/client.server";
import { createAccountWithGeneratedPassword } from "@/lib/server/create-account-with-temporary-password.server";

import { COMMAND_LINE_ACTOR } from "./command-line-actor";

const USAGE = "Usage: npm run user:create -- --email <email> --name <full name> --role <admin|clinician>";

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const parsed = createAccountSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".") || "arguments"}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  const created = await createAccountWithGeneratedPassword(COMMAND_LINE_ACTOR, parsed.data);
  if (!created.ok) {
    for (const [field, messages] of Object.entries(created.fieldErrors)) console.error(`--${field}: ${messages.join("; ")}`);
    return 1;
  }
  console.log(`Created ${parsed.data.role} account for ${parsed.data.email.trim().toLowerCase()}.`);
  console.log(`Temporary password (shown once; to be changed at first sign-in): ${created.password}`);
  return 0;
}

process.exitCode = await main().finally(disconnectDb);
