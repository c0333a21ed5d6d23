/**
 * `npm run db:restore -- --from <backup file>`: writes a SQLite backup made by `npm run db:backup` into
 * DATABASE_URL's database file, which must not exist yet (stop the app and move the current file away first:
 * nothing stored is overwritten by this command). Then applies any migrations newer than the backup; check the
 * audit trail with `npm run audit:verify` before starting the app. PostgreSQL backups are restored with
 * `pg_restore --dbname=<url> <file>` into an empty database.
 */
import { parseArgs } from "node:util";

import { resolveDatabaseTarget } from "@/lib/db/database-url.server";
import { restoreSqlite } from "@/lib/db/sqlite-backup.server";
import { applyPendingMigrations } from "@/scripts/db/migrations";

const USAGE = "Usage: npm run db:restore -- --from <backup file>";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: "string" } }, strict: true });
  if (!values.from) {
    console.error(USAGE);
    return 2;
  }
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.engine !== "sqlite") {
    console.error(`DATABASE_URL is PostgreSQL: restore with pg_restore --no-owner --dbname=<url> ${values.from} into an empty database.`);
    return 2;
  }
  try {
    const check = await restoreSqlite(values.from, target.filePath);
    const applied = await applyPendingMigrations(target);
    console.log(
      `Restored into ${target.filePath}: integrity ${check.intact ? "ok" : "FAILED"}, ${check.screenings} screenings, ${check.patients} patients, ` +
        `${check.auditEvents} audit events; ${applied.length} newer migration(s) applied. Run npm run audit:verify before starting the app.`,
    );
    return check.intact ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = await main();
