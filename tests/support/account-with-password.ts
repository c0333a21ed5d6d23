/**
 * An account made with `npm run user:create`, as an operator makes one, with the temporary password it printed:
 * for suites that sign in through the app's own sign-in form rather than with an API token.
 * (tests/support/api-token-commands.ts makes accounts too, but keeps the password to itself.)
 */
import { execFileSync } from "node:child_process";

export function createAccountWithPassword(databaseUrl: string, email: string, role: "clinician" | "admin" = "clinician"): string {
  const output = execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", "Reliability Clinician", "--role", role], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  const password = /Temporary password[^:]*: (.+)$/m.exec(output)?.[1]?.trim();
  if (!password) throw new Error("user:create printed no temporary password");
  return password;
}
