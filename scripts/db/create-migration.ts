/**
 * `npm run db:migration:create -- <name>`: after a change to prisma/schema.prisma, writes the migration for
 * both engines (prisma/migrations/<engine>/<timestamp>_<name>/) from the difference between the last
 * migration's model snapshot and the current model. Needs no database. Review the SQL, then run db:migrate.
 */
import { createMigration } from "./migrations";

const name = process.argv.slice(2).join(" ");

try {
  const folder = await createMigration(name);
  console.log(folder ? `Created prisma/migrations/{sqlite,postgresql}/${folder}/migration.sql` : "The model has not changed since the last migration: nothing to create.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
