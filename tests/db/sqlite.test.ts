import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { disconnectDb, getDb, openDb } from "@/lib/db/client.server";
import { resolveDatabaseTarget } from "@/lib/db/database-url.server";
import { applyPendingMigrations, readMigrations } from "@/scripts/db/migrations";

import { createSqliteDatabase } from "../support/db-engines";
import { describeDataAccess } from "../support/db-suite";
import { describePatientSearch } from "../support/patient-search-suite";
import { describeEarlierVersionReads } from "../support/earlier-version-suite";
import { prepareTestDatabase } from "../support/prepare-test-database";

const database = prepareTestDatabase(createSqliteDatabase);

describe("SQLite migrations", () => {
  it("created the file and its folder, applied every migration, and applying again does nothing", async () => {
    expect(database().applied).toEqual(readMigrations("sqlite").map((migration) => migration.name));
    expect(await applyPendingMigrations(resolveDatabaseTarget(database().url))).toEqual([]);
  });
});

describe("SQLite connection settings", () => {
  async function pragma(name: string): Promise<string | number> {
    const db = await getDb();
    const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    const value = Object.values(row ?? {})[0];
    return typeof value === "bigint" ? Number(value) : (value as string | number);
  }

  it("sets WAL, synchronous FULL, foreign keys and a busy timeout on a fresh connection", async () => {
    // A new client opens a new connection: the settings must come from the adapter, not from earlier use.
    await disconnectDb();
    await openDb({ url: database().url });
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(2);
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("busy_timeout")).toBe(5000);
  });

  it("keeps WAL in the file itself (seen by a connection that sets nothing)", () => {
    const plain = new Database(database().filePath, { readonly: true });
    try {
      expect(plain.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      plain.close();
    }
  });
});

describeDataAccess("SQLite");
describePatientSearch("SQLite");
describeEarlierVersionReads("SQLite");
