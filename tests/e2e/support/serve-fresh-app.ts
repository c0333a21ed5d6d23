/**
 * The browser tests' web servers: the app as `npm start` brings it up, each on a fresh database of its own.
 * `serve-fresh-app.ts` serves the main one; `serve-fresh-app.ts idle` the one with a shortened idle limit, once
 * the main one is up (it reuses that build: two builds at once would overwrite each other).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

import { serveApp } from "../../../scripts/serve-app";
import { E2E_AUTH_SECRET, E2E_DATABASE_FILE, E2E_IDLE_SERVER, E2E_PORT, serverPidFile } from "./environment";

function freshDatabase(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

async function waitForMainServer(): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${E2E_PORT}/sign-in`).then((response) => response.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("The main test server did not come up");
}

const idle = process.argv[2] === "idle";
const port = idle ? E2E_IDLE_SERVER.port : E2E_PORT;
const databaseFile = idle ? E2E_IDLE_SERVER.databaseFile : E2E_DATABASE_FILE;

if (idle) await waitForMainServer();
freshDatabase(databaseFile);
const server = serveApp({
  root: process.cwd(),
  port: String(port),
  hostname: "127.0.0.1",
  env: {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    AUTH_SECRET: E2E_AUTH_SECRET,
    APP_URL: `http://127.0.0.1:${port}`,
    ...(idle
      ? {
          SESSION_IDLE_TIMEOUT_SECONDS: String(E2E_IDLE_SERVER.idleTimeoutSeconds),
          SESSION_IDLE_WARNING_SECONDS: String(E2E_IDLE_SERVER.idleWarningSeconds),
        }
      : {}),
  },
});

// The server's process id, for tests that watch its memory (the CSV export's streaming).
writeFileSync(serverPidFile(port), String(server.pid ?? ""));
