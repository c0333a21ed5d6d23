/**
 * An account made with `npm run user:create`, as an operator makes one, with the temporary password it printed:
 * for suites that sign in through the app's own sign-in form rather than with an API token.
 * (tests/support/api-token-commands.ts makes accounts too, but keeps the password to itself.)
 *
 * Asynchronous on purpose: a suite holding keep-alive connections to a server must keep its event loop running,
 * or the server's idle timeout closes a pooled socket the client has not yet noticed, and its next POST fails.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function createAccountWithPassword(databaseUrl: string, email: string, role: "clinician" | "admin" = "clinician"): Promise<string> {
  const { stdout } = await run("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", "Reliability Clinician", "--role", role], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  const password = /Temporary password[^:]*: (.+)$/m.exec(stdout)?.[1]?.trim();
  if (!password) throw new Error("user:create printed no temporary password");
  return password;
}
