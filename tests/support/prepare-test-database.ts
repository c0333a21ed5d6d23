/**
 * Gives a data-access test file its own database for all its tests: created (and migrated) before the first,
 * opened as the process's client, closed and dropped after the last.
 */
import { afterAll, beforeAll } from "vitest";

import { disconnectDb, openDb } from "@/lib/db/client.server";

import type { TestDatabase } from "./db-engines";

export function prepareTestDatabase<T extends TestDatabase>(create: () => Promise<T>): () => T {
  let database: T | undefined;

  beforeAll(async () => {
    database = await create();
    await openDb({ url: database.url });
  }, 60_000);

  afterAll(async () => {
    await disconnectDb();
    await database?.drop();
  }, 60_000);

  return () => {
    if (!database) throw new Error("The test database is not created yet (use it inside a test or hook)");
    return database;
  };
}
