/**
 * The browser tests' web server: the app as `npm start` brings it up, on a fresh database of its own.
 */
import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";

import { serveApp } from "../../../scripts/serve-app";
import { E2E_DATABASE_FILE, E2E_PORT } from "./environment";

mkdirSync(dirname(E2E_DATABASE_FILE), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(E2E_DATABASE_FILE + suffix, { force: true });

serveApp({
  root: process.cwd(),
  port: String(E2E_PORT),
  hostname: "127.0.0.1",
  env: { ...process.env, DATABASE_URL: `file:${E2E_DATABASE_FILE}` },
});
