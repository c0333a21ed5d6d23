/**
 * API tokens for the tests against the running production build, issued and revoked with the same commands an
 * operator runs (`npm run token:create` / `token:revoke`) on the test server's database.
 */
import { execFileSync } from "node:child_process";

import { E2E_DATABASE_FILE } from "./environment";

function run(script: string, args: readonly string[]): string {
  return execFileSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${E2E_DATABASE_FILE}` },
    encoding: "utf8",
  });
}

export interface IssuedToken {
  readonly id: string;
  readonly token: string;
}

export function issueToken(email: string, name = "API test"): IssuedToken {
  const output = run("token:create", ["--email", email, "--name", name]);
  const token = /Token \(shown once[^:]*\): (\S+)/.exec(output)?.[1];
  const id = /\(id ([^)]+)\)/.exec(output)?.[1];
  if (!token || !id) throw new Error("token:create printed no token");
  return { id, token };
}

export function revokeToken(id: string): void {
  run("token:revoke", ["--id", id]);
}
