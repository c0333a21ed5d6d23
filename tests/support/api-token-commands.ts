/**
 * API tokens for tests against a running production build, issued with the same command an operator runs
 * (`npm run token:create`) on that server's database.
 */
import { execFileSync } from "node:child_process";

function run(databaseUrl: string, script: string, args: readonly string[]): string {
  return execFileSync("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
}

export interface IssuedToken {
  readonly id: string;
  readonly token: string;
}

export function issueToken(databaseUrl: string, email: string, name = "API test"): IssuedToken {
  const output = run(databaseUrl, "token:create", ["--email", email, "--name", name]);
  const token = /Token \(shown once[^:]*\): (\S+)/.exec(output)?.[1];
  const id = /\(id ([^)]+)\)/.exec(output)?.[1];
  if (!token || !id) throw new Error("token:create printed no token");
  return { id, token };
}

/** An account made with `npm run user:create` (temporary password: enough for a token, which acts as it). */
export function createAccount(databaseUrl: string, email: string, role: "clinician" | "admin" = "clinician"): void {
  run(databaseUrl, "user:create", ["--email", email, "--name", "Reliability Clinician", "--role", role]);
}
