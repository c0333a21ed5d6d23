/**
 * `npm run token:create -- --email … --name …`: issues a personal API token acting as that account, for
 * software that calls /api/v1 (docs/decisions/0016). Prints the token once; only its hash is stored. Works on
 * DATABASE_URL's database, like the app.
 */
import { issueApiTokenSchema } from "@/lib/auth/form-schemas";
import { issueApiToken } from "@/lib/db/api-tokens.server";
import { disconnectDb } from "@/lib/db/client.server";

import { parseCommandLine, printFieldErrors } from "./command-line-arguments";
import { COMMAND_LINE_ACTOR } from "./command-line-actor";

const USAGE = 'Usage: npm run token:create -- --email <owner\'s email> --name "<label, e.g. EHR bridge>"';

async function main(): Promise<number> {
  const request = parseCommandLine(["email", "name"], issueApiTokenSchema, USAGE);
  if (!request) return 2;
  const issued = await issueApiToken(COMMAND_LINE_ACTOR, request);
  if (!issued.ok) {
    printFieldErrors(issued.fieldErrors);
    return 1;
  }
  console.log(`Issued API token "${issued.summary.name}" (id ${issued.summary.id}) acting as ${issued.summary.owner.email}.`);
  console.log(`Token (shown once, store it now): ${issued.token}`);
  console.log(`Send it as the header  Authorization: Bearer ${issued.token}`);
  return 0;
}

process.exitCode = await main().finally(disconnectDb);
