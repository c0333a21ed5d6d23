/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL's database (default: the embedded SQLite
 * file data/ketamine-screening.db, created if missing), then fills the derived columns that only JavaScript can
 * compute (patients' search text). Safe to run on every start: it changes nothing when the database is up to
 * date.
 */
import { backfillPatientSearchText } from "@/lib/db/backfill-patient-search-text.server";
import { disconnectDb, openDb } from "@/lib/db/client.server";
import { resolveDatabaseTarget } from "@/lib/db/database-url.server";

import { applyPendingMigrations } from "./migrations";

const target = resolveDatabaseTarget();
const where = target.engine === "sqlite" ? target.filePath : target.url.replace(/\/\/[^@/]*@/, "//…@");

try {
  const applied = await applyPendingMigrations(target);
  if (applied.length === 0) {
    console.log(`Database ${where} (${target.engine}) is up to date.`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${where} (${target.engine}):`);
    for (const name of applied) console.log(`  ${name}`);
  }
  const filled = await backfillPatientSearchText(await openDb({ url: target.url }));
  if (filled > 0) console.log(`Filled the search text of ${filled} patient(s).`);
} catch (error) {
  console.error(`Migrating ${where} (${target.engine}) failed:`);
  console.error(error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
