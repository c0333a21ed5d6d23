/**
 * `npm run audit:verify` on a database, as an operator runs it after an incident: whether it passed, and its one
 * line. Asynchronous, so that a suite's pooled connections to a server stay serviced while it runs.
 */
import { execFile } from "node:child_process";

export function runAuditVerify(databaseUrl: string): Promise<{ readonly ok: boolean; readonly line: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", "audit:verify"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ ok: error === null, line: `${stdout}${stderr}`.trim() }),
    );
  });
}
