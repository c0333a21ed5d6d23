/**
 * `npm run audit:verify` on a database, as an operator runs it after an incident: its exit code and its one line.
 */
import { spawnSync } from "node:child_process";

export function runAuditVerify(databaseUrl: string): { readonly ok: boolean; readonly line: string } {
  const result = spawnSync("npm", ["run", "--silent", "audit:verify"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  return { ok: result.status === 0, line: `${result.stdout}${result.stderr}`.trim() };
}
