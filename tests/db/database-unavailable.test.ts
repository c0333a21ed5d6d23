/**
 * Telling an outage from a bug: errors that mean the database cannot be used right now (answered 503, and
 * cleared by itself) against every other error (500). Real errors from both engines, and recovery: PostgreSQL is
 * reached through a proxy the test cuts and restores, so the shared server keeps running.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { disconnectDb, getDb, openDb } from "@/lib/db/client.server";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable.server";

import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from "../support/db-engines";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";

async function errorOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the action to fail");
}

describe("isDatabaseUnavailable", () => {
  it("is false for a bug or bad data: a plain error, a unique violation, a missing record", async () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const sqlite = await createSqliteDatabase();
    try {
      await openDb({ url: sqlite.url });
      const db = await getDb();
      const user = { id: "u-unavailable", name: "Unique Test", email: "unique-unavailable@test.invalid", emailVerified: true, createdAt: new Date(), updatedAt: new Date() };
      await db.user.create({ data: user });
      expect(isDatabaseUnavailable(await errorOf(() => db.user.create({ data: user })))).toBe(false);
      expect(isDatabaseUnavailable(await errorOf(() => db.user.findUniqueOrThrow({ where: { id: "nobody" } })))).toBe(false);
    } finally {
      await disconnectDb();
      await sqlite.drop();
    }
  });

  it("is true for a SQLite file that cannot be written (read-only) or is locked", async () => {
    const sqlite = await createSqliteDatabase();
    try {
      const readOnly = new Database(sqlite.filePath, { readonly: true });
      expect(isDatabaseUnavailable(await errorOf(async () => readOnly.exec(`DELETE FROM "User"`)))).toBe(true);
      readOnly.close();
      const holder = new Database(sqlite.filePath);
      holder.exec("BEGIN EXCLUSIVE");
      const waiter = new Database(sqlite.filePath, { timeout: 50 });
      expect(isDatabaseUnavailable(await errorOf(async () => waiter.exec(`DELETE FROM "User"`)))).toBe(true);
      holder.exec("ROLLBACK");
      for (const db of [holder, waiter]) db.close();
    } finally {
      await sqlite.drop();
    }
  });

  it("is true for a SQLite write refused as read-only through the app's client (Prisma's adapter wraps the driver's error)", async () => {
    const sqlite = await createSqliteDatabase();
    try {
      const db = await openDb({ url: sqlite.url });
      await db.$executeRawUnsafe("PRAGMA query_only = ON");
      const refused = await errorOf(() => db.user.deleteMany());
      expect(JSON.stringify(refused)).toContain("SQLITE_READONLY");
      expect(isDatabaseUnavailable(refused)).toBe(true);
    } finally {
      await disconnectDb();
      await sqlite.drop();
    }
  });

  describe("PostgreSQL behind a proxy that is cut and restored", () => {
    let database: TestDatabase;
    let proxy: TcpProxy;

    beforeAll(async () => {
      database = await createPostgresDatabase();
      const target = new URL(database.url);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      target.port = String(proxy.port);
      await openDb({ url: target.toString() });
    });

    afterAll(async () => {
      await disconnectDb();
      await proxy.close();
      await database.drop();
    });

    it("is true while the database cannot be reached, and the data layer recovers by itself once it can", async () => {
      const db = await getDb();
      expect(await db.user.count()).toBe(0);
      await proxy.cut();
      const outage = await errorOf(() => db.user.count());
      expect(isDatabaseUnavailable(outage)).toBe(true);
      await proxy.restore();
      // The pool drops the dead connection and opens a new one: no restart, no reconnect call.
      let recovered: number | undefined;
      for (let attempt = 0; attempt < 20 && recovered === undefined; attempt += 1) {
        recovered = await db.user.count().catch(async () => {
          await new Promise((resolve) => setTimeout(resolve, 250));
          return undefined;
        });
      }
      expect(recovered).toBe(0);
    });
  });
});
