/**
 * Gives a test file a production server of the app on a scratch database of its own, for suites that call it
 * over HTTP and check the rows through the app's data layer: the build (made first when the sources changed),
 * the database created and migrated (a SQLite file in a temporary folder, or a PostgreSQL database with a random
 * name), the test process's client opened on it, and the server started on `port`. Stopped, closed and dropped
 * after the file's last test.
 */
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll } from "vitest";

import { ensureBuilt, startAppServer, type AppServer } from "./app-server";
import type { TestDatabase } from "./db-engines";
import { prepareTestDatabase } from "./prepare-test-database";

export interface PreparedAppServer {
  readonly server: AppServer;
  readonly database: TestDatabase;
}

export function prepareAppServer(create: () => Promise<TestDatabase>, port: number): () => PreparedAppServer {
  let server: AppServer | undefined;

  // Registered first, so it runs first: on a fresh clone this is the build (minutes on two cores).
  beforeAll(() => ensureBuilt(), 900_000);
  const database = prepareTestDatabase(create);
  beforeAll(async () => {
    server = await startAppServer({ port, databaseUrl: database().url, authSecret: randomBytes(32).toString("base64url"), captureLog: true });
  }, 180_000);

  // After hooks run in reverse: the server stops before the database is closed and dropped.
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  return () => {
    if (!server) throw new Error("The app server is not started yet (use it inside a test or hook)");
    return { server, database: database() };
  };
}
