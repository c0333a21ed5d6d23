/**
 * Migrations, one folder per engine: prisma/migrations/<engine>/<timestamp>_<name>/ holds `migration.sql` and
 * `schema.prisma`, the engine's model as of that migration. The snapshot lets the next migration be diffed
 * from the model alone (no shadow database), and lets a test check that each migration is what its model
 * change means.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";

import type { DatabaseTarget } from "@/lib/db/database-url.server";
import { SafeSqliteAdapterFactory } from "@/lib/db/sqlite-adapter.server";

import { engineSchema, ENGINES, migrationsDir, type Engine } from "./engine-schemas";
import { datamodelTarget, diffScript, NO_FILTERS, withSchemaEngine, type MigrationList } from "./schema-engine";

export const MIGRATION_FILE = "migration.sql";
export const SNAPSHOT_FILE = "schema.prisma";
const LOCK_FILE = "migration_lock.toml";

export interface StoredMigration {
  readonly name: string;
  readonly sql: string;
  readonly snapshot: string;
}

/** The engine's migrations in the order they apply (their names start with a UTC timestamp). */
export function readMigrations(engine: Engine): StoredMigration[] {
  const dir = migrationsDir(engine);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = path.join(dir, name);
      const snapshotPath = path.join(folder, SNAPSHOT_FILE);
      if (!existsSync(snapshotPath)) {
        throw new Error(`Migration ${engine}/${name} has no ${SNAPSHOT_FILE}; create migrations with npm run db:migration:create`);
      }
      return {
        name,
        sql: readFileSync(path.join(folder, MIGRATION_FILE), "utf8"),
        snapshot: readFileSync(snapshotPath, "utf8"),
      };
    });
}

function lockfileContent(engine: Engine): string {
  return `# Written by scripts/db. The migrations in this folder are for this engine only.\nprovider = "${engine}"\n`;
}

/** The list the schema engine takes: everything already read, so it never touches the file system. */
export function migrationList(engine: Engine, migrations = readMigrations(engine)): MigrationList {
  const baseDir = migrationsDir(engine);
  const lockPath = path.join(baseDir, LOCK_FILE);
  return {
    baseDir,
    lockfile: { path: LOCK_FILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_FILE, content: { tag: "ok", value: migration.sql } },
    })),
  };
}

/** The driver adapter the schema engine and Prisma Client use for this database. */
export function adapterFactoryFor(target: DatabaseTarget) {
  return target.engine === "sqlite"
    ? new SafeSqliteAdapterFactory(target.url)
    : new PrismaPg({ connectionString: target.url });
}

/**
 * Applies the engine's pending migrations to the target database and returns the names it applied (none
 * when the database is up to date). A missing SQLite file and its folder are created.
 */
export async function applyPendingMigrations(target: DatabaseTarget): Promise<string[]> {
  if (target.engine === "sqlite") mkdirSync(path.dirname(target.filePath), { recursive: true });
  const migrationsList = migrationList(target.engine);
  return withSchemaEngine(adapterFactoryFor(target), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

/** The SQL each engine needs to go from its last migration's snapshot to the current model. */
export async function pendingModelChanges(source?: string): Promise<Record<Engine, string>> {
  // Diffing two datamodels reads no database; the engine still wants an adapter, so it gets an in-memory one.
  return withSchemaEngine(new SafeSqliteAdapterFactory(":memory:"), async (engine) => {
    const result = {} as Record<Engine, string>;
    for (const name of ENGINES) {
      const last = readMigrations(name).at(-1);
      result[name] = await diffScript(
        engine,
        last ? datamodelTarget(last.snapshot) : { tag: "empty" },
        datamodelTarget(engineSchema(name, source)),
      );
    }
    return result;
  });
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Writes one migration per engine, under the same name, for the model change since the last migration.
 * Returns the folder name, or null when the model has not changed.
 */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!slug) throw new Error("Name the migration, e.g. npm run db:migration:create -- add_flag_decision");
  const changes = await pendingModelChanges();
  if (ENGINES.every((engine) => changes[engine] === "")) return null;
  const folder = `${timestamp(now)}_${slug}`;
  for (const engine of ENGINES) {
    const dir = path.join(migrationsDir(engine), folder);
    if (existsSync(dir)) throw new Error(`${dir} already exists`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, MIGRATION_FILE), changes[engine] || "-- No change for this engine.\n");
    writeFileSync(path.join(dir, SNAPSHOT_FILE), engineSchema(engine));
    writeFileSync(path.join(migrationsDir(engine), LOCK_FILE), lockfileContent(engine));
  }
  return folder;
}
