/**
 * Hostile requests against every operation of the JSON API (lib/api/operations.ts), each one the API must
 * refuse: a body that is not JSON, the wrong content type, too large, fields of the wrong type, missing or
 * extra, prototype keys, SQL and script text, unknown or hostile ids and filters, no or a wrong token. A body
 * always holds at least one change that makes it invalid (an unknown key: every schema is strict), so none can
 * store anything.
 */
import { randomUUID } from "node:crypto";

import fc from "fast-check";

import { API_BASE_PATH, API_OPERATIONS, type ApiOperation } from "@/lib/api/operations";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/read-json-body";
import { makeScreeningInput } from "@/tests/support/screening-factory";

import {
  badJsonText,
  deepText,
  hostileText,
  hostileValue,
  json,
  LOG_MARKER,
  markedName,
  oversized,
  pathsOf,
  setAt,
  text,
  withOwnKey,
  wrongContentType,
  type HostileRequest,
} from "./hostile-requests";

export interface ApiContext {
  readonly token: string;
  /** A stored screening: reached with a wrong token only. */
  readonly screeningId: string;
}

const BREAKING_KEYS = ["hostileExtra", "isAdmin", "role", "outcome", "signedById", "createdById"];

/** A valid body for the operation, to be broken. */
function validBody(operation: ApiOperation, name: string): Record<string, unknown> {
  const screening = makeScreeningInput({ patient: { fullName: name, dateOfBirth: "1980-02-02", sexAtBirth: "male" } });
  return operation.operationId === "createScreening" ? { submissionId: randomUUID(), screening } : { ...screening };
}

/** A valid body with an unknown key somewhere, plus field changes, prototype keys and hostile values. */
function brokenJson(operation: ApiOperation): fc.Arbitrary<unknown> {
  return fc
    .record({
      name: markedName,
      breakKey: fc.constantFrom(...BREAKING_KEYS),
      breakValue: hostileValue,
      breakDepth: fc.nat({ max: 3 }),
      changes: fc.array(fc.record({ pick: fc.nat(), value: hostileValue, remove: fc.boolean() }), { maxLength: 4 }),
      prototypeKey: fc.option(fc.constantFrom("__proto__", "constructor", "prototype")),
    })
    .map(({ name, breakKey, breakValue, breakDepth, changes, prototypeKey }) => {
      let body: unknown = validBody(operation, name);
      for (const { pick, value, remove } of changes) {
        const paths = pathsOf(body).filter((path) => path.length > 0);
        const path = paths[pick % paths.length]!;
        body = remove ? setAt(body, path, undefined) : setAt(body, path, value);
      }
      // An unknown key inside an object at some depth (every object of these schemas is strict).
      const objectPaths = pathsOf(body).filter((path) => {
        const node = path.reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], body);
        return node !== null && typeof node === "object" && !Array.isArray(node) && path.length <= breakDepth;
      });
      const at = objectPaths[breakDepth % Math.max(objectPaths.length, 1)] ?? [];
      body = setAt(body, [...at, breakKey], breakValue ?? LOG_MARKER);
      if (prototypeKey) body = withOwnKey(body as Record<string, unknown>, prototypeKey, { polluted: LOG_MARKER, isAdmin: true });
      return body;
    });
}

/** Whole bodies of the wrong shape. */
const wrongShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, 0, true, "", [], LOG_MARKER),
  fc.array(hostileValue, { maxLength: 4 }),
  hostileValue.filter((value) => value === null || typeof value !== "object" || Array.isArray(value)),
);

/** Query and path text: lone surrogates would make encodeURIComponent throw in the test, not the server. */
const encoded = (value: string, max: number) => encodeURIComponent(value.slice(0, max).replace(/[\ud800-\udfff]/g, "\ufffd"));

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** No Authorization header, or the one given. */
const authorizationHeader = (value: string | undefined): Record<string, string> => (value === undefined ? {} : { authorization: value });

/** Ids that name no screening, or try to name something else. */
const hostileId = fc.oneof(
  fc.constantFrom("..%2F..%2Fetc%2Fpasswd", "0", "-1", "null", "undefined", "%00", "__proto__", "constructor"),
  hostileText.map((value) => encoded(value, 2_000)),
  fc.uuid().map((id) => id),
);

/**
 * List filters, each query with at least one value the list refuses. A text filter (`patient`, `signer`) takes
 * any text, SQL included, and matches nothing; a repeated one is read once; the CSV ignores `after`: those are
 * sent only beside a refused value.
 */
const hostileQuery = fc
  .record({
    bad: fc.constantFrom("status=draft", "status=signed%27--", "severity=deadly", "from=2026-13-45", "to=yesterday", "sort=random", `status=${LOG_MARKER}`),
    extra: fc.array(fc.tuple(fc.constantFrom("status", "severity", "from", "to", "patient", "signer", "sort", "after", "x", "__proto__[isAdmin]"), hostileText), { maxLength: 3 }),
  })
  .map(({ bad, extra }) => [bad, ...extra.map(([key, value]) => `${key}=${encoded(value, 3_000)}`)].join("&"));

function postRequests(operation: ApiOperation, context: ApiContext): fc.Arbitrary<HostileRequest> {
  const endpoint = `POST ${API_BASE_PATH}${operation.path}`;
  const path = `${API_BASE_PATH}${operation.path}`;
  const asJson = { ...bearer(context.token), "content-type": "application/json" };
  const base = { endpoint, method: "POST" as const, path };
  return fc.oneof(
    brokenJson(operation).map((value) => ({ ...base, kind: "invalid fields", headers: asJson, body: json(value) })),
    wrongShape.map((value) => ({ ...base, kind: "wrong shape", headers: asJson, body: json(value) })),
    badJsonText.map((value) => ({ ...base, kind: "bad JSON", headers: asJson, body: text(value), expectStatus: 400 })),
    fc.tuple(wrongContentType, brokenJson(operation)).map(([type, value]) => ({
      ...base,
      kind: "wrong content type",
      headers: { ...bearer(context.token), ...(type === undefined ? {} : { "content-type": type }) },
      body: json(value),
      expectStatus: 400,
    })),
    oversized(MAX_JSON_BODY_BYTES, `{"patient":{"fullName":"${LOG_MARKER}`, '"}}').map(({ body, chunked }) => ({ ...base, kind: "too large", headers: asJson, body, chunked, expectStatus: 413 })),
    deepText(100).map((body) => ({ ...base, kind: "deep nesting", headers: asJson, body })),
    fc.tuple(fc.constantFrom(undefined, "", "Bearer", `Bearer ${LOG_MARKER}`, "Basic dXNlcjpwYXNz", `Bearer ${context.token}x`), brokenJson(operation)).map(([authorization, value]) => ({
      ...base,
      kind: "no or a wrong token",
      headers: { "content-type": "application/json", ...authorizationHeader(authorization) },
      body: json(value),
      expectStatus: 401,
    })),
    // Route handlers never decode Server Action bodies: the header changes nothing, the API answers as always.
    badJsonText.map((value) => ({ ...base, kind: "Next-Action header", headers: { ...asJson, "next-action": "7f".padEnd(42, "0") }, body: text(value), expectStatus: 400 })),
  );
}

function getRequests(operation: ApiOperation, context: ApiContext): fc.Arbitrary<HostileRequest> {
  const endpoint = `GET ${API_BASE_PATH}${operation.path}`;
  const withId = (id: string) => `${API_BASE_PATH}${operation.path.replace("{id}", id)}`;
  const base = { endpoint, method: "GET" as const };
  if (operation.path.includes("{id}")) {
    return fc.oneof(
      hostileId.map((id) => ({ ...base, kind: "unknown or hostile id", path: withId(id), headers: bearer(context.token) })),
      // Dot segments move the request to another path before any route sees it: the router answers (308, 404).
      fc.constantFrom("..", "%2e%2e", ".", "%2E").map((id) => ({ ...base, kind: "dot segments in the path", path: withId(id), headers: bearer(context.token), answeredByRouter: true })),
      fc.constantFrom(undefined, `Bearer ${LOG_MARKER}`).map((authorization) => ({
        ...base,
        kind: "no or a wrong token",
        path: withId(context.screeningId),
        headers: authorizationHeader(authorization),
        expectStatus: 401,
      })),
    );
  }
  return fc.oneof(
    hostileQuery.map((query) => ({ ...base, kind: "hostile filters", path: `${withId("")}?${query}`, headers: bearer(context.token), expectStatus: 422 })),
    fc.constantFrom(undefined, `Bearer ${LOG_MARKER}`).map((authorization) => ({
      ...base,
      kind: "no or a wrong token",
      path: withId(""),
      headers: authorizationHeader(authorization),
      expectStatus: 401,
    })),
  );
}

/** The OpenAPI document takes no input: hostile query strings and headers must leave it answering as always. */
function documentRequests(operation: ApiOperation): fc.Arbitrary<HostileRequest> {
  return fc.tuple(hostileQuery, fc.constantFrom(undefined, `Bearer ${LOG_MARKER}`)).map(([query, authorization]) => ({
    endpoint: `GET ${API_BASE_PATH}${operation.path}`,
    kind: "hostile query",
    method: "GET" as const,
    path: `${API_BASE_PATH}${operation.path}?${query}`,
    headers: authorizationHeader(authorization),
    expectStatus: 200,
  }));
}

export function hostileApiRequest(context: ApiContext): fc.Arbitrary<HostileRequest> {
  return fc.oneof(
    ...Object.values(API_OPERATIONS).map((operation: ApiOperation) =>
      !operation.authenticated ? documentRequests(operation) : operation.method === "post" ? postRequests(operation, context) : getRequests(operation, context),
    ),
  );
}
