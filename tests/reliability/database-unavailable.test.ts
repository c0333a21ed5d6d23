/**
 * The database goes away under a running production server and comes back: the API answers 503 in its error
 * shape (never a 500, never a hang), nothing half-done is stored, and the server recovers by itself. PostgreSQL
 * is reached through a proxy the test cuts and restores, so the machine's server keeps running for others.
 */
import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiErrorSchema } from "@/lib/api/errors";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { ensureBuilt, startAppServer, type AppServer } from "@/tests/support/app-server";
import { createPostgresDatabase, type TestDatabase } from "@/tests/support/db-engines";
import { makeScreeningInput } from "@/tests/support/screening-factory";
import { startTcpProxy, type TcpProxy } from "@/tests/support/tcp-proxy";

const PORT = 3530;

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
    server = await startAppServer({ port: PORT, databaseUrl: target.toString(), authSecret: "outage-test-secret-".padEnd(40, "x"), captureLog: true });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.drop();
  });

  const create = (submissionId: string, fullName: string) =>
    fetch(`${server.origin}/api/v1/screenings`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ submissionId, screening: makeScreeningInput({ patient: { fullName } }) }),
    });

  it("answers 503 while the database is away, stores nothing half-done, and recovers by itself", async () => {
    expect((await create(randomUUID(), "Before Outage")).status).toBe(201);

    await proxy.cut();
    const submissionId = randomUUID();
    const during = await create(submissionId, "During Outage");
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBe("5");
    expect(apiErrorSchema.parse(await during.json()).error.code).toBe("service-unavailable");
    const list = await fetch(`${server.origin}/api/v1/screenings`, { headers: { Authorization: `Bearer ${token}` } });
    expect(list.status).toBe(503);
    // The sign-in page still answers (it needs no database until someone signs in).
    expect((await fetch(`${server.origin}/sign-in`)).status).toBeLessThan(500);

    await proxy.restore();
    let retried: Response | undefined;
    for (let attempt = 0; attempt < 40 && retried?.status !== 201; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      retried = await create(submissionId, "During Outage");
    }
    // The same submission, retried once the database is back, is stored once: the outage stored nothing of it.
    expect(retried?.status).toBe(201);
    const listed = (await (await fetch(`${server.origin}/api/v1/screenings`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: { patient: { fullName: string } }[] };
    expect(listed.items.map((item) => item.patient.fullName).sort()).toEqual(["Before Outage", "During Outage"]);
    expect(server.log()).not.toContain("During Outage");
  });
});
