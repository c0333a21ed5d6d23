import { randomUUID } from "node:crypto";

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

describe("SQLite reads and writes through Prisma (decision 0023)", () => {
  it("answers a read outside a transaction while one is open, with what is committed only", async () => {
    const db = await getDb();
    const email = `read-connection-${Date.now()}@test.invalid`;
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let written!: () => void;
    const wroteInside = new Promise<void>((resolve) => (written = resolve));
    const transaction = db.$transaction(async (tx) => {
      await tx.user.create({ data: { id: randomUUID(), name: "Inside", email }, select: { id: true } });
      written();
      await held;
    });
    await Promise.race([wroteInside, transaction]);
    // Before decision 0023 this read waited for the transaction (one shared connection) and this test hung.
    expect(await db.user.count({ where: { email } })).toBe(0);
    finish();
    await transaction;
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("runs writes outside a transaction, and reads them back at once", async () => {
    const db = await getDb();
    const email = `outside-${Date.now()}@test.invalid`;
    await db.user.create({ data: { id: randomUUID(), name: "Outside", email }, select: { id: true } });
    await db.user.updateMany({ where: { email }, data: { name: "Renamed" } });
    expect(await db.user.findUnique({ where: { email }, select: { name: true } })).toEqual({ name: "Renamed" });
  });
});

describeDataAccess("SQLite");
describePatientSearch("SQLite");
describeEarlierVersionReads("SQLite");
