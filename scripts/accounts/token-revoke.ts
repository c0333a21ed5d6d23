/** `npm run token:revoke -- --id …`: revokes a personal API token at once (`npm run token:create` printed its id). */
import { apiTokenIdSchema } from "@/lib/auth/form-schemas";
import { revokeApiToken } from "@/lib/db/api-tokens.server";
import { disconnectDb } from "@/lib/db/client.server";

import { parseCommandLine, printFieldErrors } from "./command-line-arguments";
import { COMMAND_LINE_ACTOR } from "./command-line-actor";

const USAGE = "Usage: npm run token:revoke -- --id <token id>";

async function main(): Promise<number> {
  const request = parseCommandLine(["id"], apiTokenIdSchema, USAGE, ({ id }) => ({ tokenId: id }));
  if (!request) return 2;
  if (!(await revokeApiToken(COMMAND_LINE_ACTOR, request.tokenId))) {
    printFieldErrors({ id: ["No active token has this id (unknown, or already revoked)"] });
    return 1;
  }
  console.log(`Revoked API token ${request.tokenId}.`);
  return 0;
}

process.exitCode = await main().finally(disconnectDb);
