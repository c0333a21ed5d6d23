/**
 * `npm run db:backup -- --to <file>`: a consistent backup of DATABASE_URL's database while the app runs.
 * SQLite: SQLite's online backup into a new file, then checked (integrity, counts). PostgreSQL: `pg_dump` in its
 * custom format (pg_dump must be on PATH, of the server's major version or newer). Prints no patient data.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

import { resolveDatabaseTarget } from "@/lib/db/database-url.server";
import { backupSqlite } from "@/lib/db/sqlite-backup.server";

const USAGE = "Usage: npm run db:backup -- --to <new backup file>";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { to: { type: "string" } }, strict: true });
  if (!values.to) {
    console.error(USAGE);
    return 2;
  }
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.engine === "sqlite") {
    const check = await backupSqlite(target.filePath, values.to);
    console.log(
      `Backup written to ${values.to}: ${(check.bytes / 1024 / 1024).toFixed(1)} MB, integrity ${check.intact ? "ok" : "FAILED"}, ` +
        `${check.screenings} screenings, ${check.patients} patients, ${check.auditEvents} audit events.`,
    );
    return check.intact ? 0 : 1;
  }
  const dump = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${values.to}`, target.url], { stdio: "inherit" });
  if (dump.error) {
    console.error(`pg_dump could not run (${dump.error.message}): install PostgreSQL's client tools.`);
    return 2;
  }
  if (dump.status === 0) console.log(`Backup written to ${values.to} (pg_dump custom format; restore with pg_restore).`);
  return dump.status ?? 1;
}

process.exitCode = await main();
