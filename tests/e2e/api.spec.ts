/**
 * The JSON API against the running production build: every operation with a valid token, a revoked one, none,
 * and bad input; a screening stored through the API shows in the app with the same flags; the CSV of 10,000
 * screenings streams while the server's memory stays flat.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

import type { APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";

import { apiErrorSchema } from "@/lib/api/errors";
import { screeningListSchema, screeningResourceSchema, type ScreeningResource } from "@/lib/api/resources";
import { assess } from "@/lib/rules";
import { HIGH_RISK_INPUT } from "@/tests/support/high-risk-screening";
import { makeScreeningInput } from "@/tests/support/screening-factory";
import { issueToken as issueTokenOn, revokeToken as revokeTokenOn } from "@/tests/support/api-token-commands";
import { screeningRowWriter } from "@/tests/support/screening-rows";

import { createTestAccount } from "./support/accounts";
import { auditEventsOf } from "./support/audit";
import { E2E_DATABASE_FILE, E2E_PORT, serverPidFile } from "./support/environment";
import { expect, test } from "./support/sign-in";

const API = "/api/v1";
const DATABASE_URL = `file:${E2E_DATABASE_FILE}`;
const issueToken = (email: string, name?: string) => issueTokenOn(DATABASE_URL, email, name);
const revokeToken = (id: string) => revokeTokenOn(DATABASE_URL, id);

function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

async function expectError(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) {
  expect(response.status()).toBe(status);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(response.headers()["cache-control"]).toContain("no-store");
  return body;
}

function namedInput(fullName: string) {
  return { ...HIGH_RISK_INPUT, patient: { ...HIGH_RISK_INPUT.patient, fullName, medicalRecordNumber: `API-${randomUUID().slice(0, 8)}` } };
}

/** Every operation that needs a token, as one request each (a valid body where it takes one). */
function everyOperation(screeningId: string) {
  const input = makeScreeningInput();
  return [
    { method: "post", path: `${API}/assessments`, data: input },
    { method: "post", path: `${API}/screenings`, data: { submissionId: randomUUID(), screening: namedInput(`Operation Check ${randomUUID().slice(0, 6)}`) } },
    { method: "get", path: `${API}/screenings` },
    { method: "get", path: `${API}/screenings.csv` },
    { method: "get", path: `${API}/screenings/${screeningId}` },
    { method: "get", path: `${API}/screenings/${screeningId}/fhir` },
    { method: "get", path: `${API}/screenings/${screeningId}/pdf` },
  ] as const;
}

test.describe("the JSON API", () => {
  test("a screening stored through the API reads back, lists, exports, and shows in the app with the same flags", async ({ page, request, clinician }) => {
    const { token } = issueToken(clinician.email);
    const fullName = `Api Stored ${randomUUID().slice(0, 6)}`;
    const submissionId = randomUUID();
    const body = { submissionId, screening: namedInput(fullName) };

    const created = await request.post(`${API}/screenings`, { headers: bearer(token), data: body });
    expect(created.status()).toBe(201);
    const screening: ScreeningResource = screeningResourceSchema.parse(await created.json());
    expect(created.headers()["location"]).toBe(`${API}/screenings/${screening.id}`);
    expect(screening.status).toBe("awaiting-review");
    expect(screening.signOff).toBeNull();
    const expected = assess(body.screening);
    expect(screening.rulesVersion).toBe(expected.rulesVersion);
    expect(screening.flags.map((flag) => [flag.ruleId, flag.severity])).toEqual(expected.flags.map((flag) => [flag.ruleId, flag.severity]));

    // The same submission again: the same screening, nothing new stored.
    const repeated = await request.post(`${API}/screenings`, { headers: bearer(token), data: body });
    expect(repeated.status()).toBe(200);
    expect(screeningResourceSchema.parse(await repeated.json()).id).toBe(screening.id);

    const read = await request.get(`${API}/screenings/${screening.id}`, { headers: bearer(token) });
    expect(read.status()).toBe(200);
    expect(await read.json()).toEqual(screening);

    const listed = screeningListSchema.parse(await (await request.get(`${API}/screenings?patient=${screening.patient.id}`, { headers: bearer(token) })).json());
    expect(listed.items.map((item) => item.id)).toEqual([screening.id]);

    const fhir = await request.get(`${API}/screenings/${screening.id}/fhir`, { headers: bearer(token) });
    expect(fhir.status()).toBe(200);
    expect(fhir.headers()["content-type"]).toContain("application/fhir+json");
    const bundle = (await fhir.json()) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.entry.filter((entry) => entry.resource.resourceType === "RiskAssessment")).toHaveLength(screening.flags.length);

    const pdf = await request.get(`${API}/screenings/${screening.id}/pdf`, { headers: bearer(token) });
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const csv = await request.get(`${API}/screenings.csv?patient=${screening.patient.id}`, { headers: bearer(token) });
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(fullName);

    // In the app, as the clinician who owns the token: the same flags, awaiting review.
    await page.goto(`/screenings/${screening.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
    await expect(page.getByText(fullName).first()).toBeVisible();
    await expect(page.getByText("Awaiting review").first()).toBeVisible();
    for (const flag of screening.flags) await expect(page.locator(`#flag-${flag.ruleId}`)).toContainText(flag.summary);
    await expect(page.locator("h4[id^='flag-'], p[id^='flag-']")).toHaveCount(screening.flags.length);
  });

  test("no token, a revoked token and an unknown token are refused on every operation; a valid one is let in", async ({ request, clinician }) => {
    const issued = issueToken(clinician.email, "To revoke");
    const created = await request.post(`${API}/screenings`, { headers: bearer(issued.token), data: { submissionId: randomUUID(), screening: namedInput(`Api Revoked ${randomUUID().slice(0, 6)}`) } });
    expect(created.status()).toBe(201);
    const { id } = screeningResourceSchema.parse(await created.json());

    for (const operation of everyOperation(id)) {
      const send = (headers: Record<string, string>) =>
        operation.method === "post" ? request.post(operation.path, { headers, data: "data" in operation ? operation.data : undefined }) : request.get(operation.path, { headers });
      const valid = await send(bearer(issued.token));
      expect(valid.status(), `${operation.method} ${operation.path}`).toBeLessThan(300);
      const anonymous = await send({});
      const body = await expectError(anonymous, 401, "unauthorized");
      expect(anonymous.headers()["www-authenticate"]).toContain("Bearer");
      expect(body.error.message).toContain("Bearer");
      await expectError(await send(bearer(`ks_${"x".repeat(43)}`)), 401, "unauthorized");
    }

    revokeToken(issued.id);
    for (const operation of everyOperation(id)) {
      const response =
        operation.method === "post" ? await request.post(operation.path, { headers: bearer(issued.token), data: "data" in operation ? operation.data : undefined }) : await request.get(operation.path, { headers: bearer(issued.token) });
      await expectError(response, 401, "unauthorized");
    }
  });

  test("bad input gets 400, 413, 422 or 404 with the error shape, and stores nothing", async ({ request, clinician }) => {
    const { token } = issueToken(clinician.email);
    const headers = bearer(token);
    const before = new Database(E2E_DATABASE_FILE, { readonly: true });
    const count = () => (before.prepare(`SELECT COUNT(*) AS n FROM "Screening"`).get() as { n: number }).n;
    const screeningsBefore = count();

    for (const path of [`${API}/assessments`, `${API}/screenings`]) {
      await expectError(await request.post(path, { headers: { ...headers, "Content-Type": "text/plain" }, data: Buffer.from("{}") }), 400, "unsupported-content-type");
      await expectError(await request.post(path, { headers: { ...headers, "Content-Type": "application/json" }, data: Buffer.from('{"submissionId": "x", ') }), 400, "bad-request");
      await expectError(await request.post(path, { headers: { ...headers, "Content-Type": "application/json" }, data: Buffer.from(`{"notes":"${"x".repeat(300_000)}"}`) }), 413, "payload-too-large");
    }
    const invalid = makeScreeningInput({ vitals: { systolic: 20, diastolic: 80, heartRate: 70 } });
    const assessment = await expectError(await request.post(`${API}/assessments`, { headers, data: { ...invalid, extra: true } }), 422, "validation-failed");
    expect(Object.keys(assessment.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["vitals.systolic", "form"]));
    const stored = await expectError(await request.post(`${API}/screenings`, { headers, data: { submissionId: "not-a-uuid", screening: invalid } }), 422, "validation-failed");
    expect(Object.keys(stored.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["submissionId", "screening.vitals.systolic"]));

    await expectError(await request.get(`${API}/screenings?status=nonsense`, { headers }), 422, "validation-failed");
    await expectError(await request.get(`${API}/screenings?status=draft`, { headers }), 422, "validation-failed");
    await expectError(await request.get(`${API}/screenings.csv?severity=bogus`, { headers }), 422, "validation-failed");
    await expectError(await request.get(`${API}/screenings/no-such-screening`, { headers }), 404, "not-found");
    await expectError(await request.get(`${API}/screenings/no-such-screening/fhir`, { headers }), 404, "not-found");
    await expectError(await request.get(`${API}/screenings/no-such-screening/pdf`, { headers }), 404, "not-found");

    expect(count()).toBe(screeningsBefore);
    before.close();
  });

  test("every use of a token is audited once, as its account, naming the operation, whatever the answer", async ({ request, clinician }) => {
    const { id, token } = issueToken(clinician.email);
    const headers = bearer(token);
    const submission = { submissionId: randomUUID(), screening: namedInput(`Api Audit ${randomUUID().slice(0, 6)}`) };

    const created = await request.post(`${API}/screenings`, { headers, data: submission });
    expect(created.status()).toBe(201);
    const screeningId = screeningResourceSchema.parse(await created.json()).id;
    expect((await request.post(`${API}/screenings`, { headers, data: submission })).status()).toBe(200);
    await expectError(await request.post(`${API}/screenings`, { headers, data: { submissionId: "not-a-uuid", screening: submission.screening } }), 422, "validation-failed");
    expect((await request.post(`${API}/assessments`, { headers, data: HIGH_RISK_INPUT })).status()).toBe(200);
    expect((await request.get(`${API}/screenings`, { headers })).status()).toBe(200);

    const uses = auditEventsOf({ recordId: id });
    expect(uses.map((use) => [use.event, use.outcome, use.actorUserId, JSON.parse(use.detail ?? "null")])).toEqual(
      [
        ["createScreening", "POST"],
        ["createScreening", "POST"],
        ["createScreening", "POST"],
        ["evaluateScreening", "POST"],
        ["listScreenings", "GET"],
      ].map(([operation, method]) => ["api-token-used", "success", clinician.id, { operation, method }]),
    );
    // The use that stored a screening was recorded in the same transaction, just before the screening's creation.
    const trail = auditEventsOf({ recordId: id, actorUserId: clinician.id }).map((event) => [event.event, event.recordId]);
    const stored = trail.findIndex(([event, recordId]) => event === "screening-created" && recordId === screeningId);
    expect(trail[stored - 1]).toEqual(["api-token-used", id]);
  });

  test("a differing identity for a known patient stores nothing until the caller confirms the change", async ({ request, clinician }) => {
    const { token } = issueToken(clinician.email);
    const first = namedInput(`Api Identity ${randomUUID().slice(0, 6)}`);
    const created = screeningResourceSchema.parse(await (await request.post(`${API}/screenings`, { headers: bearer(token), data: { submissionId: randomUUID(), screening: first } })).json());
    const renamed = { ...first, patient: { ...first.patient, fullName: `${first.patient.fullName} Renamed` } };
    const submission = { submissionId: randomUUID(), patientId: created.patient.id, screening: renamed };

    const refused = await expectError(await request.post(`${API}/screenings`, { headers: bearer(token), data: submission }), 409, "conflict");
    expect(refused.error.identityChange).toEqual([{ field: "fullName", from: first.patient.fullName, to: renamed.patient.fullName }]);
    const unchanged = screeningResourceSchema.parse(await (await request.get(`${API}/screenings/${created.id}`, { headers: bearer(token) })).json());
    expect(unchanged.patient.fullName).toBe(first.patient.fullName);

    const confirmed = await request.post(`${API}/screenings`, { headers: bearer(token), data: { ...submission, confirmedIdentityChange: refused.error.identityChange } });
    expect(confirmed.status()).toBe(201);
    const second = screeningResourceSchema.parse(await confirmed.json());
    expect(second.patient).toMatchObject({ id: created.patient.id, fullName: renamed.patient.fullName });
  });

  test("the OpenAPI document is served, and the reference page renders it", async ({ page, request }) => {
    const document = await request.get(`${API}/openapi.json`);
    expect(document.status()).toBe(200);
    const json = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(json.openapi).toBe("3.1.0");
    expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(["/assessments", "/screenings", "/screenings/{id}"]));

    await page.goto("/api-reference");
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /POST \/api\/v1\/screenings/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Fields of Screening", exact: true })).toBeVisible();
    // The descriptions' Markdown code spans show as code, not as backticks.
    await expect(page.locator("main code", { hasText: /^submissionId$/ }).first()).toBeVisible();
    expect(await page.locator("main").innerText()).not.toContain("`");
  });
});

/** The server process's resident memory in MB, and the CPU time it has used in seconds (Linux /proc). */
function serverUsage(pid: number): { mb: number; cpuSeconds: number } {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): user and system time in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { mb: kb / 1024, cpuSeconds: ticks / 100 };
}

test("the CSV of 10,000 screenings streams with the server's memory flat", async () => {
  test.setTimeout(180_000);
  const owner = await createTestAccount();
  const { token } = issueToken(owner.email);
  const patientId = randomUUID();
  const input = makeScreeningInput({ patient: { fullName: "Csv Bulk Patient", dateOfBirth: "1970-01-01", sexAtBirth: "female" } });
  const { rulesVersion, flags } = assess(input);
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true, timeout: 10_000 });
  const write = screeningRowWriter(db);
  // Dated long ago, under one patient of their own, so no other test's list or search meets them.
  const start = Date.UTC(2001, 0, 1);
  db.transaction(() => {
    write.patient({ id: patientId, ...input.patient, createdAt: new Date(start) });
    for (let n = 0; n < 10_000; n += 1) {
      write.screening({ id: `csv-bulk-${n}`, patientId, submissionId: randomUUID(), input, rulesVersion, flags, createdById: owner.id, createdAt: new Date(start + n * 60_000) });
    }
  })();
  db.close();

  const pid = Number(readFileSync(serverPidFile(E2E_PORT), "utf8"));
  const open = async () => {
    const response = await fetch(`http://127.0.0.1:${E2E_PORT}${API}/screenings.csv?patient=${patientId}`, { headers: bearer(token) });
    expect(response.status).toBe(200);
    return response.body!.getReader();
  };
  const readAll = async (reader: ReadableStreamDefaultReader<Uint8Array>, counted = { bytes: 0, lines: 0 }) => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return counted;
      counted.bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) counted.lines += 1;
    }
  };
  // Two exports warm the server up (compiled code, query plans, a heap sized to the work): not measured. The
  // third is, sampled every 10 ms. (That the export reads a page of rows at a time, and nothing ahead of what is
  // taken, is shown exactly by the data-access test "reads the database a page at a time"; here is the figure.)
  const cold = serverUsage(pid);
  await readAll(await open());
  const whole = serverUsage(pid);
  await readAll(await open());
  const before = serverUsage(pid);
  let peak = before.mb;
  const sampler = setInterval(() => {
    peak = Math.max(peak, serverUsage(pid).mb);
  }, 10);
  const { bytes, lines } = await readAll(await open());
  clearInterval(sampler);
  console.log(
    `CSV of 10,000 screenings (${(bytes / 1024 / 1024).toFixed(1)} MB, ${(whole.cpuSeconds - cold.cpuSeconds).toFixed(2)} s of the server's CPU): ` +
      `server memory ${before.mb.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak`,
  );
  expect(lines).toBe(10_001);
  // The 10,000 stored inputs, parsed, with their flags would alone be more than this on top of the file itself.
  expect(peak - before.mb).toBeLessThan(64);
});
