/**
 * The JSON API's contract over HTTP, against a production server, shared by the SQLite and PostgreSQL test files
 * (tests/api): every operation with a valid, a revoked, an unknown and no token; bad input answered 400, 413,
 * 422 or 404 in the one error shape, storing nothing; a screening stored through the API read back, repeated,
 * listed and exported; the identity change refused with 409, then confirmed; every use of a token audited; the
 * OpenAPI document served. The requests are plain `fetch`; what is stored and audited is read through the app's
 * data layer, opened in this process on the server's database, so the same checks hold on both engines.
 */
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { apiErrorSchema } from "@/lib/api/errors";
import { API_BASE_PATH } from "@/lib/api/operations";
import { screeningListSchema, screeningResourceSchema, type ScreeningResource } from "@/lib/api/resources";
import { issueApiToken, revokeApiToken } from "@/lib/db/api-tokens.server";
import { getDb } from "@/lib/db/client.server";
import { createAccount } from "@/lib/db/create-account.server";
import { assess } from "@/lib/rules";

import { COMMAND_LINE_ACTOR } from "@/scripts/accounts/command-line-actor";

import { callApi, namedApiScreening, uniqueName, type ApiCall } from "./api-client";
import { HIGH_RISK_INPUT } from "./high-risk-screening";
import type { PreparedAppServer } from "./prepare-app-server";
import { makeScreeningInput } from "./screening-factory";

interface Clinician {
  readonly id: string;
  readonly email: string;
}

/** A clinician of the test's own, as an admin creates one (a token acts as it; no sign-in is needed). */
async function newClinician(): Promise<Clinician> {
  const email = `api-clinician-${randomUUID().slice(0, 8)}@test.invalid`;
  const created = await createAccount({ actor: COMMAND_LINE_ACTOR, name: "Api Contract Clinician", email, role: "clinician", passwordHash: "not-a-password-hash", mustChangePassword: false });
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  return { id: created.userId, email };
}

/** A token for the account, issued as `npm run token:create` issues one. */
async function issueToken(owner: Clinician, name = "API contract test"): Promise<{ id: string; token: string }> {
  const issued = await issueApiToken(COMMAND_LINE_ACTOR, { email: owner.email, name });
  if (!issued.ok) throw new Error(JSON.stringify(issued.fieldErrors));
  return { id: issued.summary.id, token: issued.token };
}

async function countScreenings(): Promise<number> {
  return (await getDb()).screening.count();
}

/** The audit events naming this record, or (with an actor) also those of that actor, in the order committed. */
async function auditEventsOf(filter: { recordId: string; actorUserId?: string }) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { OR: [{ recordId: filter.recordId }, ...(filter.actorUserId ? [{ actorUserId: filter.actorUserId }] : [])] },
    orderBy: { sequence: "asc" },
    select: { event: true, outcome: true, actorUserId: true, recordId: true, detail: true },
  });
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(response.headers.get("cache-control")).toContain("no-store");
  return body;
}

interface Operation {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly json?: unknown;
}

/** Every operation that needs a token, as one request each (a valid body where it takes one). */
function everyOperation(screeningId: string): Operation[] {
  return [
    { method: "POST", path: "/assessments", json: makeScreeningInput() },
    { method: "POST", path: "/screenings", json: { submissionId: randomUUID(), screening: namedApiScreening(uniqueName("Operation Check")) } },
    { method: "GET", path: "/screenings" },
    { method: "GET", path: "/screenings.csv" },
    { method: "GET", path: `/screenings/${screeningId}` },
    { method: "GET", path: `/screenings/${screeningId}/fhir` },
    { method: "GET", path: `/screenings/${screeningId}/pdf` },
  ];
}

export function describeApiContract(engine: string, app: () => PreparedAppServer) {
  const get = (path: string, call: ApiCall = {}) => callApi(app().server.origin, "GET", path, call);
  const post = (path: string, call: ApiCall = {}) => callApi(app().server.origin, "POST", path, call);
  /** A failure shows the end of the server's log: a 500's cause is only there. */
  const serverLog = () => app().server.log().slice(-2000);

  describe(`the JSON API over HTTP on ${engine}`, { timeout: 60_000 }, () => {
    it("stores a screening that reads back, repeats, lists, and exports as FHIR, PDF and CSV", async () => {
      const { token } = await issueToken(await newClinician());
      const fullName = uniqueName("Api Stored");
      const submissionId = randomUUID();
      const body = { submissionId, screening: namedApiScreening(fullName) };

      const created = await post("/screenings", { token, json: body });
      expect(created.status, serverLog()).toBe(201);
      const screening: ScreeningResource = screeningResourceSchema.parse(await created.json());
      expect(created.headers.get("location")).toBe(`${API_BASE_PATH}/screenings/${screening.id}`);
      expect(screening.status).toBe("awaiting-review");
      expect(screening.signOff).toBeNull();
      const expected = assess(body.screening);
      expect(screening.rulesVersion).toBe(expected.rulesVersion);
      expect(screening.flags.map((flag) => [flag.ruleId, flag.severity])).toEqual(expected.flags.map((flag) => [flag.ruleId, flag.severity]));

      // The same submission again: the same screening, nothing new stored.
      const repeated = await post("/screenings", { token, json: body });
      expect(repeated.status).toBe(200);
      expect(screeningResourceSchema.parse(await repeated.json()).id).toBe(screening.id);
      expect(await (await getDb()).screening.count({ where: { submissionId } })).toBe(1);

      const read = await get(`/screenings/${screening.id}`, { token });
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual(screening);

      const listed = screeningListSchema.parse(await (await get(`/screenings?patient=${screening.patient.id}`, { token })).json());
      expect(listed.items.map((item) => item.id)).toEqual([screening.id]);

      const fhir = await get(`/screenings/${screening.id}/fhir`, { token });
      expect(fhir.status).toBe(200);
      expect(fhir.headers.get("content-type")).toContain("application/fhir+json");
      const bundle = (await fhir.json()) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
      expect(bundle.resourceType).toBe("Bundle");
      expect(bundle.entry.filter((entry) => entry.resource.resourceType === "RiskAssessment")).toHaveLength(screening.flags.length);

      const pdf = await get(`/screenings/${screening.id}/pdf`, { token });
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      const csv = await get(`/screenings.csv?patient=${screening.patient.id}`, { token });
      expect(csv.status).toBe(200);
      const lines = (await csv.text()).trim().split("\r\n");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(fullName);
    });

    it("renders many PDFs asked for at once, telling those beyond what it holds to retry (503), none failing", async () => {
      const { token } = await issueToken(await newClinician());
      const created = await post("/screenings", { token, json: { submissionId: randomUUID(), screening: namedApiScreening(uniqueName("Api Pdf Burst")) } });
      expect(created.status, serverLog()).toBe(201);
      const { id } = screeningResourceSchema.parse(await created.json());

      const answers = await Promise.all(
        Array.from({ length: 14 }, async () => {
          const response = await get(`/screenings/${id}/pdf`, { token });
          if (response.status === 200) return { status: 200, start: Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1") };
          const body = await expectError(response, 503, "service-unavailable");
          expect(response.headers.get("retry-after")).toBe("5");
          expect(body.error.message).toContain("Try again");
          return { status: 503, start: null };
        }),
      );
      // The first eight always find room (the worker holds eight PDFs); how many more do depends on timing.
      const rendered = answers.filter((answer) => answer.status === 200);
      expect(rendered.length, serverLog()).toBeGreaterThanOrEqual(8);
      expect(rendered.every((answer) => answer.start === "%PDF-")).toBe(true);
      // A refused request reads nothing: one export event per PDF sent, none for a refusal.
      const exports = (await auditEventsOf({ recordId: id })).filter((event) => event.event === "screening-exported");
      expect(exports).toHaveLength(rendered.length);
      expect(serverLog()).not.toContain("Api Pdf Burst");
    });

    it("refuses no token, a revoked token and an unknown token on every operation, and lets a valid one in", async () => {
      const issued = await issueToken(await newClinician(), "To revoke");
      const created = await post("/screenings", { token: issued.token, json: { submissionId: randomUUID(), screening: namedApiScreening(uniqueName("Api Revoked")) } });
      expect(created.status, serverLog()).toBe(201);
      const { id } = screeningResourceSchema.parse(await created.json());

      for (const operation of everyOperation(id)) {
        const send = (token?: string) => callApi(app().server.origin, operation.method, operation.path, { token, json: operation.json });
        const valid = await send(issued.token);
        expect(valid.status, `${operation.method} ${operation.path}`).toBeLessThan(300);
        await valid.arrayBuffer();
        const anonymous = await send();
        const body = await expectError(anonymous, 401, "unauthorized");
        expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
        expect(body.error.message).toContain("Bearer");
        await expectError(await send(`ks_${"x".repeat(43)}`), 401, "unauthorized");
      }

      expect(await revokeApiToken(COMMAND_LINE_ACTOR, issued.id)).toBe(true);
      for (const operation of everyOperation(id)) {
        await expectError(await callApi(app().server.origin, operation.method, operation.path, { token: issued.token, json: operation.json }), 401, "unauthorized");
      }
    });

    it("answers bad input with 400, 413, 422 or 404 in the error shape, and stores nothing", async () => {
      const { token } = await issueToken(await newClinician());
      const screeningsBefore = await countScreenings();
      const bytes = (text: string) => new TextEncoder().encode(text);

      for (const path of ["/assessments", "/screenings"]) {
        await expectError(await post(path, { token, headers: { "content-type": "text/plain" }, body: bytes("{}") }), 400, "unsupported-content-type");
        await expectError(await post(path, { token, headers: { "content-type": "application/json" }, body: bytes('{"submissionId": "x", ') }), 400, "bad-request");
        await expectError(await post(path, { token, headers: { "content-type": "application/json" }, body: bytes(`{"notes":"${"x".repeat(300_000)}"}`) }), 413, "payload-too-large");
      }
      const invalid = makeScreeningInput({ vitals: { systolic: 20, diastolic: 80, heartRate: 70 } });
      const assessment = await expectError(await post("/assessments", { token, json: { ...invalid, extra: true } }), 422, "validation-failed");
      expect(Object.keys(assessment.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["vitals.systolic", "form"]));
      const stored = await expectError(await post("/screenings", { token, json: { submissionId: "not-a-uuid", screening: invalid } }), 422, "validation-failed");
      expect(Object.keys(stored.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["submissionId", "screening.vitals.systolic"]));

      await expectError(await get("/screenings?status=nonsense", { token }), 422, "validation-failed");
      await expectError(await get("/screenings?status=draft", { token }), 422, "validation-failed");
      await expectError(await get("/screenings.csv?severity=bogus", { token }), 422, "validation-failed");
      await expectError(await get("/screenings/no-such-screening", { token }), 404, "not-found");
      await expectError(await get("/screenings/no-such-screening/fhir", { token }), 404, "not-found");
      await expectError(await get("/screenings/no-such-screening/pdf", { token }), 404, "not-found");

      expect(await countScreenings()).toBe(screeningsBefore);
    });

    it("audits every use of a token once, as its account, naming the operation, whatever the answer", async () => {
      const clinician = await newClinician();
      const { id, token } = await issueToken(clinician);
      const submission = { submissionId: randomUUID(), screening: namedApiScreening(uniqueName("Api Audit")) };

      const created = await post("/screenings", { token, json: submission });
      expect(created.status, serverLog()).toBe(201);
      const screeningId = screeningResourceSchema.parse(await created.json()).id;
      expect((await post("/screenings", { token, json: submission })).status).toBe(200);
      await expectError(await post("/screenings", { token, json: { submissionId: "not-a-uuid", screening: submission.screening } }), 422, "validation-failed");
      expect((await post("/assessments", { token, json: HIGH_RISK_INPUT })).status).toBe(200);
      expect((await get("/screenings", { token })).status).toBe(200);

      // The token's own trail: its issue (from the command line, naming its owner), then each use.
      const events = await auditEventsOf({ recordId: id });
      expect(events.map((event) => [event.event, event.outcome, event.actorUserId, JSON.parse(event.detail ?? "null")])).toEqual([
        ["api-token-issued", "success", null, { ownerUserId: clinician.id }],
        ...[
          ["createScreening", "POST"],
          ["createScreening", "POST"],
          ["createScreening", "POST"],
          ["evaluateScreening", "POST"],
          ["listScreenings", "GET"],
        ].map(([operation, method]) => ["api-token-used", "success", clinician.id, { operation, method }]),
      ]);
      // The use that stored a screening was recorded in the same transaction, just before the screening's creation.
      const trail = (await auditEventsOf({ recordId: id, actorUserId: clinician.id })).map((event) => [event.event, event.recordId]);
      const stored = trail.findIndex(([event, recordId]) => event === "screening-created" && recordId === screeningId);
      expect(stored).toBeGreaterThan(0);
      expect(trail[stored - 1]).toEqual(["api-token-used", id]);
    });

    it("stores nothing for a differing identity of a known patient until the caller confirms the change", async () => {
      const { token } = await issueToken(await newClinician());
      const first = namedApiScreening(uniqueName("Api Identity"));
      const firstAnswer = await post("/screenings", { token, json: { submissionId: randomUUID(), screening: first } });
      expect(firstAnswer.status, serverLog()).toBe(201);
      const created = screeningResourceSchema.parse(await firstAnswer.json());
      const renamed = { ...first, patient: { ...first.patient, fullName: `${first.patient.fullName} Renamed` } };
      const submission = { submissionId: randomUUID(), patientId: created.patient.id, screening: renamed };
      const screeningsBefore = await countScreenings();

      const refused = await expectError(await post("/screenings", { token, json: submission }), 409, "conflict");
      expect(refused.error.identityChange).toEqual([{ field: "fullName", from: first.patient.fullName, to: renamed.patient.fullName }]);
      expect(await countScreenings()).toBe(screeningsBefore);
      const unchanged = screeningResourceSchema.parse(await (await get(`/screenings/${created.id}`, { token })).json());
      expect(unchanged.patient.fullName).toBe(first.patient.fullName);

      const confirmed = await post("/screenings", { token, json: { ...submission, confirmedIdentityChange: refused.error.identityChange } });
      expect(confirmed.status).toBe(201);
      const second = screeningResourceSchema.parse(await confirmed.json());
      expect(second.patient).toMatchObject({ id: created.patient.id, fullName: renamed.patient.fullName });
    });

    it("serves the OpenAPI document without a token", async () => {
      const document = await get("/openapi.json");
      expect(document.status).toBe(200);
      const json = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
      expect(json.openapi).toBe("3.1.0");
      expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(["/assessments", "/screenings", "/screenings/{id}"]));
    });
  });
}
