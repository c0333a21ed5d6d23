/**
 * Hostile input (issue 10): thousands of generated malformed and hostile requests, seeded and reproducible,
 * against every /api/v1 operation and every Server Action of a production build on a database of its own.
 * Every API answer must be a 4xx in the API's error shape (the OpenAPI document, which takes no input, a 200);
 * no answer of any endpoint may be a 5xx; the server must stay up without restarting, the clinical tables must
 * be unchanged, and the server log must hold nothing of the bodies sent and at most one line per request.
 * Prints the figures at the end. Change SEED to explore; a failure names the request's endpoint, kind and index.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";

import { apiErrorSchema } from "@/lib/api/errors";
import { REFUSAL_MESSAGES } from "@/lib/http/server-action-guard";
import { API_BASE_PATH } from "@/lib/api/operations";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { ensureBuilt, migrate, PROJECT_ROOT, startAppServer, type AppServer } from "@/tests/support/app-server";
import { hostileActionRequest, type ActionTarget } from "@/tests/support/hostile-action-requests";
import { hostileApiRequest } from "@/tests/support/hostile-api-requests";
import { LOG_MARKER, type HostileRequest } from "@/tests/support/hostile-requests";
import { clinicalSnapshot, signedInCookie, type ClinicalSnapshot } from "@/tests/support/reliability-database";
import { makeScreeningInput } from "@/tests/support/screening-factory";
import { sendRawRequest, type RawAnswer } from "@/tests/support/send-raw-request";

const SEED = 20261126;
const BATCHES = 52;
const PER_BATCH = 100;
const CONCURRENCY = 4;
const PORT = 3802;
const EMAIL = "hostile.clinician@test.invalid";
const SEEDED_PATIENT = `Seeded ${LOG_MARKER} Patient`;

const dir = mkdtempSync(join(tmpdir(), "ketamine-hostile-"));
const file = join(dir, "hostile.db");
const databaseUrl = `file:${file}`;
const authSecret = randomBytes(32).toString("base64url");
let server: AppServer;
let token = "";
let cookie = "";
let screeningId = "";
let before: ClinicalSnapshot;

/** The build's Server Actions, from its manifest, with a page that uses each (as the access tests read them). */
function builtActions(): ActionTarget[] {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers).find((key) => key.endsWith("/page") && !key.startsWith("app/_")) ?? "app/page";
    return { id, name: action.exportedName, page: worker.slice("app".length, -"/page".length) || "/" };
  });
}

beforeAll(async () => {
  ensureBuilt();
  migrate(databaseUrl);
  createAccount(databaseUrl, EMAIL);
  token = issueToken(databaseUrl, EMAIL).token;
  cookie = signedInCookie(file, EMAIL, authSecret);
  server = await startAppServer({ port: PORT, databaseUrl, authSecret, captureLog: true, env: { ...process.env, REQUIRE_MFA: "false" } });
  const stored = await fetch(`${server.origin}${API_BASE_PATH}/screenings`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ submissionId: randomUUID(), screening: makeScreeningInput({ patient: { fullName: SEEDED_PATIENT, dateOfBirth: "1970-01-01", sexAtBirth: "female" } }) }),
  });
  expect(stored.status).toBe(201);
  screeningId = ((await stored.json()) as { id: string }).id;
  const page = await fetch(`${server.origin}/screenings/new`, { headers: { cookie }, redirect: "manual" });
  expect(page.status, "the suite's session reaches the form").toBe(200);
  before = clinicalSnapshot(file);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Figures {
  readonly byEndpoint: Map<string, number>;
  readonly byStatus: Map<string, number>;
  readonly failures: string[];
  serverErrors: number;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** What must hold of one answer; the message names the request, never its body. */
function check(request: HostileRequest, answer: RawAnswer): string | undefined {
  if (answer.status >= 500) return `${answer.status}`;
  if (request.expectStatus !== undefined && answer.status !== request.expectStatus) return `${answer.status}, expected ${request.expectStatus}`;
  if (request.answeredByRouter) return answer.status >= 300 && answer.status < 500 ? undefined : `${answer.status}, expected a redirect or a 4xx`;
  if (request.endpoint.includes(API_BASE_PATH) && request.expectStatus !== 200) {
    if (answer.status < 400 || answer.status >= 500) return `${answer.status}, expected a 4xx`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      return `${answer.status} without a JSON body`;
    }
    if (!apiErrorSchema.safeParse(parsed).success) return `${answer.status} not in the API's error shape`;
  }
  if (answer.body.includes(LOG_MARKER) && !request.endpoint.includes("openapi")) return `${answer.status} quoting the request`;
  return undefined;
}

async function runAll(requests: readonly HostileRequest[], offset: number, figures: Figures): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < requests.length; i = next++) {
      const request = requests[i]!;
      bump(figures.byEndpoint, request.endpoint);
      const where = `#${offset + i} ${request.endpoint} (${request.kind})`;
      try {
        const answer = await sendRawRequest(server.origin, request);
        bump(figures.byStatus, `${request.endpoint.startsWith("action") || request.endpoint.startsWith("multipart") ? "actions" : "api"} ${request.kind}: ${answer.status}`);
        if (answer.status >= 500) figures.serverErrors++;
        const problem = check(request, answer);
        if (problem) figures.failures.push(`${where}: ${problem} ${request.path.slice(0, 120)}`);
      } catch (error) {
        // Even a request refused before its body is read gets its answer: the server reads the rest of the body
        // before closing (scripts/http-server.ts), so an EPIPE or a reset here is a lost answer.
        figures.failures.push(`${where}: no answer (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

it("refuses every hostile request with a 4xx, stays up, changes nothing and logs nothing of them", async () => {
  const actions = builtActions();
  const api = hostileApiRequest({ token, screeningId });
  const action = hostileActionRequest({ actions, origin: server.origin, cookie, screeningId });
  // Half API, half Server Actions.
  const arbitrary = fc.oneof(api, action);
  const figures: Figures = { byEndpoint: new Map(), byStatus: new Map(), failures: [], serverErrors: 0 };
  const logBefore = server.log().length;
  const pid = server.process.pid;

  for (let batch = 0; batch < BATCHES; batch++) {
    // In batches, each from its own seed: generating 5,000 requests with megabyte bodies at once would hold them all.
    const requests = fc.sample(arbitrary, { seed: SEED + batch, numRuns: PER_BATCH });
    await runAll(requests, batch * PER_BATCH, figures);
  }
  const sent = BATCHES * PER_BATCH;

  const signIn = await fetch(`${server.origin}/sign-in`);
  const log = server.log().slice(logBefore);
  const logLines = log.split("\n").filter((line) => line.trim() !== "");
  const after = clinicalSnapshot(file);

  console.log(`\nHostile input: ${sent} requests (seed ${SEED}), ${figures.serverErrors} answered 5xx, ${figures.failures.length} failed a check`);
  console.log("Requests per endpoint:");
  for (const [endpoint, count] of [...figures.byEndpoint].sort()) console.log(`  ${String(count).padStart(5)}  ${endpoint}`);
  console.log("Answers by kind and status:");
  for (const [key, count] of [...figures.byStatus].sort()) console.log(`  ${String(count).padStart(5)}  ${key}`);
  const leaking = logLines.filter((line) => line.includes(LOG_MARKER)).length;
  console.log(`Server log during the run: ${logLines.length} line(s), ${leaking} holding text of a body${logLines.length ? `; first: ${JSON.stringify(logLines[0]!.slice(0, 160))}` : ""}`);
  console.log(`Clinical tables before ${JSON.stringify(before.counts)}, after ${JSON.stringify(after.counts)}`);

  expect(figures.failures.slice(0, 80), `${figures.failures.length} requests failed a check`).toEqual([]);
  expect(figures.serverErrors).toBe(0);
  expect(sent).toBeGreaterThanOrEqual(5_000);
  expect(signIn.status).toBe(200);
  expect(server.process.pid).toBe(pid);
  expect(server.process.exitCode).toBeNull();
  expect(server.log().match(/Listening on/g)).toHaveLength(1);
  expect(after).toEqual(before);
  expect(log).not.toContain(LOG_MARKER);
  expect(logLines.length).toBeLessThanOrEqual(sent);
  for (const line of logLines) expect(line.length, "a log line is short").toBeLessThanOrEqual(300);
}, 1_800_000);

interface SlowSendOutcome {
  /** Everything the server sent, as text. */
  readonly answer: string;
  /** What went wrong while sending, if anything (EPIPE, a reset). */
  readonly error: string | undefined;
  /** How much of the body had been sent when the server closed the connection. */
  readonly bodyBytesSent: number;
}

const SLOW_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Sends a 2 MB body in 64 kB pieces a few milliseconds apart over a bare socket, so that most of it goes after
 * the server has answered, then reads until the server closes. node:http would not do: its client drops the
 * socket as soon as a `Connection: close` answer has ended, and would never see the server cut it short.
 */
function sendSlowlyPastTheAnswer(headers: Record<string, string>): Promise<SlowSendOutcome> {
  const { hostname, port } = new URL(server.origin);
  const piece = Buffer.alloc(64 * 1024, "a");
  const head = [
    "POST /screenings/new HTTP/1.1",
    `Host: ${hostname}:${port}`,
    "Connection: close",
    `Content-Length: ${SLOW_BODY_BYTES}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join("\r\n");
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let error: string | undefined;
    let bodyBytesSent = 0;
    const socket = connect({ host: hostname, port: Number(port) });
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    socket.on("error", (failure) => (error ??= failure.message));
    socket.on("close", () => resolve({ answer: Buffer.concat(received).toString("utf8"), error, bodyBytesSent }));
    socket.write(`${head}\r\n\r\n`);
    void (async () => {
      while (bodyBytesSent < SLOW_BODY_BYTES && !socket.destroyed) {
        socket.write(piece);
        bodyBytesSent += piece.byteLength;
        await new Promise((wait) => setTimeout(wait, 5));
      }
    })();
  });
}

it("keeps a refused action request's connection open until its body is sent, so the client reads the answer", async () => {
  const [action] = builtActions();
  const head = { "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: server.origin, cookie };
  // Refused on its headers, before any of the body is read; and refused once 1 MB of it has been read.
  const unknown = await sendSlowlyPastTheAnswer({ ...head, "next-action": "0".repeat(42) });
  const tooLarge = await sendSlowlyPastTheAnswer({ ...head, "next-action": action!.id });

  expect(unknown.error).toBeUndefined();
  expect(unknown.bodyBytesSent).toBe(SLOW_BODY_BYTES);
  expect(unknown.answer).toMatch(/^HTTP\/1\.1 404 /);
  expect(unknown.answer.endsWith(`\r\n\r\n${REFUSAL_MESSAGES["unknown-action"]}`)).toBe(true);
  expect(tooLarge.error).toBeUndefined();
  expect(tooLarge.bodyBytesSent).toBe(SLOW_BODY_BYTES);
  expect(tooLarge.answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(tooLarge.answer.endsWith(`\r\n\r\n${REFUSAL_MESSAGES["body-too-large"]}`)).toBe(true);
}, 60_000);
