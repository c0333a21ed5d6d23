/**
 * Both engines' migrations are in step with prisma/schema.prisma and with each other. Needs no database
 * server: models are diffed by the WebAssembly schema engine, SQLite's SQL is replayed in memory.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { SafeSqliteAdapterFactory } from "@/lib/db/sqlite-adapter.server";
import { engineSchema, ENGINES } from "@/scripts/db/engine-schemas";
import { pendingModelChanges, readMigrations } from "@/scripts/db/migrations";
import { createSqliteDatabase } from "../support/db-engines";
import { datamodelTarget, diffScript, withSchemaEngine } from "@/scripts/db/schema-engine";

const inMemory = () => new SafeSqliteAdapterFactory(":memory:");

describe("migrations", { timeout: 60_000 }, () => {
  it("leave no model change unmigrated on either engine", async () => {
    expect(await pendingModelChanges()).toEqual({ sqlite: "", postgresql: "" });
  });

  it("have the same names on both engines", () => {
    const [sqlite, postgresql] = ENGINES.map((engine) => readMigrations(engine).map((migration) => migration.name));
    expect(sqlite?.length).toBeGreaterThan(0);
    expect(postgresql).toEqual(sqlite);
  });

  it.each(ENGINES)("on %s, each migration is the SQL for the model change it records", async (engine) => {
    await withSchemaEngine(inMemory(), async (schemaEngine) => {
      let previous: string | null = null;
      for (const migration of readMigrations(engine)) {
        const expected = await diffScript(schemaEngine, previous ? datamodelTarget(previous) : { tag: "empty" }, datamodelTarget(migration.snapshot));
        expect(migration.sql.trim(), migration.name).toBe((expected || "-- No change for this engine.").trim());
        previous = migration.snapshot;
      }
    });
  });

  it("on SQLite, a database migrated from scratch has exactly the current model", async () => {
    const database = await createSqliteDatabase();
    try {
      await withSchemaEngine(new SafeSqliteAdapterFactory(database.url), async (schemaEngine) => {
        const drift = await diffScript(schemaEngine, { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: engineSchema("sqlite") }], configDir: process.cwd() }, datamodelTarget(engineSchema("sqlite")));
        expect(drift).toBe("");
      });
      // And the check can fail: a table the model does not have shows up as drift.
      const raw = new Database(database.filePath);
      raw.exec("CREATE TABLE stray (id INTEGER PRIMARY KEY)");
      raw.close();
      await withSchemaEngine(new SafeSqliteAdapterFactory(database.url), async (schemaEngine) => {
        const drift = await diffScript(schemaEngine, { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: engineSchema("sqlite") }], configDir: process.cwd() }, datamodelTarget(engineSchema("sqlite")));
        expect(drift).toMatch(/DROP TABLE "stray"/);
      });
    } finally {
      await database.drop();
    }
  });
});
