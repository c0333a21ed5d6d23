import { afterAll, beforeAll } from "vitest";

import { disconnectDb, openDb } from "@/lib/db/client.server";

import type { TestDatabase } from "./db-engines";

/**
 * For a test file or describe block: creates the database before its tests and opens the app's client on it,
 * then closes the client and drops the database after them. Returns the database (once created).
 */
export function setUpTestDatabase<T extends TestDatabase>(create: () => Promise<T>): () => T {
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
    if (!database) throw new Error("The test database is created in beforeAll; read it inside a test");
    return database;
  };
}
