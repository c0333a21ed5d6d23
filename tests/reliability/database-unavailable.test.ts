/**
 * The database goes away under a running production server and comes back: the API answers 503 in its error
 * shape (never a 500, never a hang), nothing half-done is stored, and the server recovers by itself. PostgreSQL
 * is reached through a proxy the test cuts and restores, so the machine's server keeps running for others.
 * SQLite's file lives on a file system of its own (a small tmpfs) that the test fills under the server, as a
 * full disk would, and then frees. A read-only folder cannot be made to bite on a running server: it holds its
 * files open, permissions are checked only when a file is opened (and root, which runs CI, ignores them), and the
 * kernel refuses to remount read-only a file system with files open for writing. Mounting needs root; elsewhere
 * that case is skipped, saying so. Both failures reach the app the same way (lib/db/database-unavailable.server.ts).
 */
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REFUSALS } from "@/lib/actions/define-route-handler";
import { apiErrorSchema } from "@/lib/api/errors";
import { callApi } from "@/tests/support/api-client";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { ensureBuilt, migrate, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createPostgresDatabase, type TestDatabase } from "@/tests/support/db-engines";
import { makeScreeningInput } from "@/tests/support/screening-factory";
import { signedSessionCookie } from "@/tests/support/session-cookie";
import { startTcpProxy, type TcpProxy } from "@/tests/support/tcp-proxy";

const PORT = 3530;
const SQLITE_PORT = 3531;

/** A POST of a new screening through the API, as `token`'s account. */
function createScreening(origin: string, token: string, submissionId: string, fullName: string) {
  return callApi(origin, "POST", "/screenings", { token, json: { submissionId, screening: makeScreeningInput({ patient: { fullName } }) } });
}

/** Sends the same submission again until it is stored (201), for up to 10 s: the server must recover by itself. */
async function retryUntilStored(send: () => Promise<Response>): Promise<Response | undefined> {
  let response: Response | undefined;
  for (let attempt = 0; attempt < 40 && response?.status !== 201; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    response = await send();
  }
  return response;
}

async function listedNames(origin: string, token: string): Promise<string[]> {
  const response = await callApi(origin, "GET", "/screenings", { token });
  const listed = (await response.json()) as { items: { patient: { fullName: string } }[] };
  return listed.items.map((item) => item.patient.fullName).sort();
}

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe("service-unavailable");
}

/**
 * A session cookie signed as better-auth signs one, for a token the database would have to be asked about: the
 * app's own routes must reach the database to tell whether it is a session.
 */
function cookieToBeLookedUp(authSecret: string): string {
  return signedSessionCookie(randomBytes(24).toString("base64url"), authSecret);
}

const AUTH_SECRET = "outage-test-secret-".padEnd(40, "x");

describe("the database unavailable under a running server (PostgreSQL)", { timeout: 300_000 }, () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: AppServer;
  let token: string;

  beforeAll(async () => {
    ensureBuilt();
    database = await createPostgresDatabase();
    createAccount(database.url, "outage@test.invalid");
    token = issueToken(database.url, "outage@test.invalid").token;
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    target.port = String(proxy.port);
    server = await startAppServer({ port: PORT, databaseUrl: target.toString(), authSecret: AUTH_SECRET, captureLog: true });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.drop();
  });

  const create = (submissionId: string, fullName: string) => createScreening(server.origin, token, submissionId, fullName);

  it("answers 503 while the database is away, stores nothing half-done, and recovers by itself", async () => {
    expect((await create(randomUUID(), "Before Outage")).status).toBe(201);

    await proxy.cut();
    const submissionId = randomUUID();
    await expectUnavailable(await create(submissionId, "During Outage"));
    const list = await callApi(server.origin, "GET", "/screenings", { token });
    expect(list.status).toBe(503);
    // The app's own routes (the downloads) answer the same outage with 503, Retry-After and the reason in their
    // own shape, which the result page shows under its download links.
    const download = await fetch(`${server.origin}/screenings/export.csv`, { headers: { cookie: cookieToBeLookedUp(AUTH_SECRET) } });
    expect(download.status).toBe(503);
    expect(download.headers.get("retry-after")).toBe("5");
    expect(await download.json()).toEqual({ error: REFUSALS.outage });
    // The sign-in page still answers (it needs no database until someone signs in).
    expect((await fetch(`${server.origin}/sign-in`)).status).toBeLessThan(500);

    await proxy.restore();
    // The same submission, retried once the database is back, is stored once: the outage stored nothing of it.
    expect((await retryUntilStored(() => create(submissionId, "During Outage")))?.status).toBe(201);
    expect(await listedNames(server.origin, token)).toEqual(["Before Outage", "During Outage"]);
    expect(server.log()).not.toContain("During Outage");
  });
});

const isRoot = process.getuid?.() === 0;
if (!isRoot) console.log("[SQLite outage] skipped: mounting a scratch file system needs root (CI runs as root).");

describe.runIf(isRoot)("the database unavailable under a running server (SQLite, its file system full)", { timeout: 300_000 }, () => {
  let mountPoint: string;
  let server: AppServer;
  let token: string;
  const mount = (...options: string[]) => execFileSync("mount", [...options], { stdio: "pipe" });

  beforeAll(async () => {
    ensureBuilt();
    mountPoint = mkdtempSync(path.join(tmpdir(), "sqlite-outage-"));
    mount("-t", "tmpfs", "-o", "size=64m", "sqlite-outage", mountPoint);
    const databaseUrl = `file:${path.join(mountPoint, "outage.db")}`;
    migrate(databaseUrl);
    createAccount(databaseUrl, "outage@test.invalid");
    token = issueToken(databaseUrl, "outage@test.invalid").token;
    server = await startAppServer({ port: SQLITE_PORT, databaseUrl, authSecret: AUTH_SECRET, captureLog: true });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    if (mountPoint) {
      execFileSync("umount", [mountPoint], { stdio: "pipe" });
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  const create = (submissionId: string, fullName: string) => createScreening(server.origin, token, submissionId, fullName);

  it("answers 503 while nothing can be written, stores nothing half-done, and recovers by itself once there is room", async () => {
    expect((await create(randomUUID(), "Before Outage")).status).toBe(201);

    const filler = path.join(mountPoint, "filler");
    const { bavail, bsize } = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(Number(bavail) * Number(bsize)));
    const submissionId = randomUUID();
    try {
      await expectUnavailable(await create(submissionId, "During Outage"));
    } finally {
      rmSync(filler);
    }

    expect((await retryUntilStored(() => create(submissionId, "During Outage")))?.status).toBe(201);
    expect(await listedNames(server.origin, token)).toEqual(["Before Outage", "During Outage"]);
    expect(server.log()).not.toContain("During Outage");
  });
});
