/**
 * The process's database client on first use. An app server's first requests arrive together after a start, and
 * each asks for the client before any has finished opening: they must all get the one client. Before this was
 * fixed, each opened its own (on PostgreSQL a connection pool each, which exhausted the server's connection slots
 * under a burst of 200 API requests; on SQLite several connections in a process built for one).
 */
import { afterEach, describe, expect, it } from "vitest";

import { disconnectDb, getDb } from "@/lib/db/client.server";

import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from "../support/db-engines";

const CONCURRENT_FIRST_REQUESTS = 20;

describe.each([
  ["SQLite", createSqliteDatabase],
  ["PostgreSQL", createPostgresDatabase],
] as const)("the database client on %s", (_engine, create) => {
  let database: TestDatabase | undefined;
  const configured = process.env.DATABASE_URL;

  afterEach(async () => {
    await disconnectDb();
    if (configured === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = configured;
    await database?.drop();
  });

  it("is opened once when many callers ask for it before it is open", async () => {
    database = await create();
    await disconnectDb();
    process.env.DATABASE_URL = database.url;
    const clients = await Promise.all(Array.from({ length: CONCURRENT_FIRST_REQUESTS }, () => getDb()));
    expect(new Set(clients).size).toBe(1);
    expect(await getDb()).toBe(clients[0]);
    await expect(clients[0]!.user.count()).resolves.toBe(0);
  });
});
