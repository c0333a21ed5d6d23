/**
 * Hostile requests against every Server Action of the build, posted as React posts them (`Next-Action` header,
 * the argument list as JSON in a `text/plain` body) and malformed in every way the app's HTTP server must refuse
 * before Next.js decodes them: Flight reference strings, bad JSON, deep nesting, bodies over 1 MB, wrong content
 * types, multipart, a foreign Origin, unknown action ids, bytes that are not UTF-8. Well-formed requests carry
 * arguments no action accepts (every action's schema is strict, and each object sent has an unknown key), so they
 * reach the action and are refused there, storing nothing.
 */
import { randomUUID } from "node:crypto";

import fc from "fast-check";

import { MAX_ACTION_BODY_BYTES, MAX_ACTION_ELEMENTS } from "@/lib/http/server-action-guard";
import { makeScreeningInput } from "@/tests/support/screening-factory";

import {
  badJsonText,
  deepText,
  hostileValue,
  json,
  LOG_MARKER,
  markedName,
  oversized,
  pathsOf,
  setAt,
  text,
  wrongContentType,
  type HostileBody,
  type HostileRequest,
} from "./hostile-requests";

export interface ActionTarget {
  readonly id: string;
  readonly name: string;
  /** The page that uses it, e.g. "/screenings/[id]". */
  readonly page: string;
}

export interface ActionContext {
  readonly actions: readonly ActionTarget[];
  readonly origin: string;
  /** A signed-in clinician's session cookie. */
  readonly cookie: string;
  /** A stored screening, for the pages with an id. */
  readonly screeningId: string;
}

/** React's escaping of the client's strings (react-server-dom-webpack's processReply): `$…` is sent as `$$…`. */
export function encodeLikeReact(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeLikeReact);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, encodeLikeReact(child)]));
  return value;
}

/** An argument no action accepts: not an object, or an object with a key no schema knows. */
const refusedArgument: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue.filter((value) => value === null || typeof value !== "object" || Array.isArray(value)),
  fc.record({ fields: fc.dictionary(fc.constantFrom("email", "password", "draftId", "screeningId", "flagId", "id", "code", "name", "role"), hostileValue, { maxKeys: 4 }), extra: hostileValue }).map(
    ({ fields, extra }) => setAt(fields, ["hostileExtra"], extra ?? LOG_MARKER),
  ),
  fc.record({ name: markedName, extra: hostileValue, draft: fc.boolean() }).map(({ name, extra, draft }) => ({
    submissionId: randomUUID(),
    ...(draft ? { formState: { patient: { fullName: name } } } : { screening: makeScreeningInput({ patient: { fullName: name, dateOfBirth: "1980-02-02", sexAtBirth: "female" } }) }),
    hostileExtra: extra ?? LOG_MARKER,
  })),
);

/** Reference strings React's client writes only into multipart replies, or never. */
const flightReference: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(`$n-${"9".repeat(300)}`, "$1", "$Q1", "$W1", "$K1", "$B1", "$A1", "$i1", "$@0", "$@1", "$h1", "$T", "$F1", "$S1", "$", "$Z", "$0", "$0:0:__proto__", "$0:0:constructor:prototype", "$Dtomorrow", "$nabc", "$undefinedx", `$${LOG_MARKER}`),
  fc.string({ maxLength: 10 }).map((tail) => `$1${tail}`),
);

/** The argument list, encoded as React encodes it, with `reference` in place of one value of its first argument. */
function withReference(args: readonly unknown[], pick: number, reference: string): unknown {
  const [first, ...others] = encodeLikeReact(args) as unknown[];
  const paths = pathsOf(first);
  return [setAt(first, paths[pick % paths.length]!, reference), ...others];
}

/**
 * Argument lists within 1 MB that React's decoder would count past its million array elements: one long string
 * in an array, or one array referred to a thousand times.
 */
const tooManyElements: fc.Arbitrary<HostileBody> = fc.oneof(
  fc.record({ length: fc.integer({ min: MAX_ACTION_ELEMENTS + 1, max: MAX_ACTION_ELEMENTS + 40_000 }), escaped: fc.boolean() }).map(({ length, escaped }) => ({
    kind: "repeat" as const,
    prefix: `[["${escaped ? "$$" : ""}${LOG_MARKER}`,
    unit: "a",
    times: length,
    suffix: '",0]]',
  })),
  fc.integer({ min: 1_001, max: 3_000 }).map((size) => json([{ a: Array.from({ length: size }, () => 0), b: Array.from({ length: size }, () => "$0:0:a") }])),
);

const FOREIGN_ORIGINS = ["https://evil.example", "null", "http://127.0.0.1:1", "http://localhost:3000", "::not a url::", `http://${LOG_MARKER}.example`, "file://"];

function requestsFor(action: ActionTarget, context: ActionContext): fc.Arbitrary<HostileRequest> {
  const path = fc.constantFrom(action.page.replace("[id]", context.screeningId), action.page.replace("[id]", "no-such-screening"), "/sign-in", "/");
  const session = fc.boolean().map((signedIn): Record<string, string> => (signedIn ? { cookie: context.cookie } : {}));
  const head = { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: context.origin };
  const args = fc.array(refusedArgument, { minLength: 1, maxLength: 2 });
  const request = (kind: string, expectStatus?: number) => (parts: { path: string; session: Record<string, string>; headers?: Record<string, string>; body: HostileRequest["body"]; chunked?: boolean }): HostileRequest => ({
    endpoint: `action ${action.name}`,
    kind,
    method: "POST",
    path: parts.path,
    headers: { ...head, ...parts.session, ...parts.headers },
    body: parts.body,
    ...(parts.chunked ? { chunked: true } : {}),
    ...(expectStatus ? { expectStatus } : {}),
  });
  const without = (headers: Record<string, string>, name: string) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
  return fc.oneof(
    fc.record({ path, session, body: args.map((list) => json(encodeLikeReact(list))) }).map(request("well-formed, refused by the action")),
    fc.record({ path, session, body: args.map((list) => json(encodeLikeReact(list))) }).map((parts) => {
      const sent = request("well-formed, no Origin")(parts);
      return { ...sent, headers: without(sent.headers, "origin") };
    }),
    fc.record({ path, session, body: fc.tuple(args, fc.nat(), flightReference).map(([list, pick, reference]) => json(withReference(list, pick, reference))) }).map(request("Flight reference", 400)),
    fc.record({ path, session, body: badJsonText.map(text) }).map(request("bad JSON", 400)),
    fc.record({ path, session, body: refusedArgument.filter((value) => !Array.isArray(value)).map((value) => json(encodeLikeReact(value))) }).map(request("not an argument list", 400)),
    fc.record({ path, session, body: deepText(65, 100_000) }).map(request("deep nesting", 400)),
    fc.record({ path, session, body: tooManyElements }).map(request("too many elements", 400)),
    fc.record({ path, session, sized: oversized(MAX_ACTION_BODY_BYTES, `[{"fullName":"${LOG_MARKER}`, '"}]') }).map(({ sized, ...parts }) => request("over 1 MB", 413)({ ...parts, ...sized })),
    fc.record({ path, session, type: wrongContentType.filter((type) => !type?.startsWith("text/plain")), body: args.map((list) => json(encodeLikeReact(list))) }).map(({ type, ...parts }) => ({
      ...request("wrong content type", 415)(parts),
      headers: type === undefined ? without({ ...head, ...parts.session }, "content-type") : { ...head, ...parts.session, "content-type": type },
    })),
    fc.record({ path, session, headers: fc.constantFrom(...FOREIGN_ORIGINS).map((origin) => ({ origin })), body: args.map((list) => json(encodeLikeReact(list))) }).map(request("foreign Origin", 403)),
    fc.record({ path, session, headers: fc.stringMatching(/^[0-9a-f]{0,80}$/).map((id) => ({ "next-action": id })), body: args.map((list) => json(encodeLikeReact(list))) }).map(request("unknown action id", 404)),
    fc.record({ path, session, body: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({ kind: "bytes" as const, bytes: Buffer.concat([Buffer.from('["'), Buffer.from(bytes), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"]')]) })) }).map(request("not UTF-8", 400)),
  );
}

/** A multipart post without `Next-Action`: Next.js would try to decode it as a form's action. */
function multipartWithoutAction(context: ActionContext): fc.Arbitrary<HostileRequest> {
  return fc.record({ boundary: fc.boolean(), name: markedName, path: fc.constantFrom("/sign-in", "/screenings/new", "/") }).map(({ boundary, name, path }) => ({
    endpoint: "multipart post to a page",
    kind: boundary ? "multipart with a boundary" : "multipart without a boundary",
    method: "POST",
    path,
    headers: { origin: context.origin, cookie: context.cookie, "content-type": boundary ? "multipart/form-data; boundary=x" : "multipart/form-data" },
    body: text(`--x\r\nContent-Disposition: form-data; name="$ACTION_ID_00"\r\n\r\n${name}\r\n--x--\r\n`),
    expectStatus: 415,
  }));
}

export function hostileActionRequest(context: ActionContext): fc.Arbitrary<HostileRequest> {
  return fc.oneof(...context.actions.map((action) => requestsFor(action, context)), multipartWithoutAction(context));
}
