/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL's database (default: the embedded SQLite
 * file data/ketamine-screening.db, created if missing). Safe to run on every start: it applies nothing when
 * the database is up to date.
 */
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
} catch (error) {
  console.error(`Migrating ${where} (${target.engine}) failed:`);
  console.error(error);
  process.exitCode = 1;
}
