/**
 * Malformed and hostile requests, generated with fast-check, for the reliability suite: against the JSON API
 * (tests/support/hostile-api-requests.ts) and the Server Actions (hostile-action-requests.ts). This file holds
 * the pieces both use: the request shape, hostile values, and the markers the server log must never show.
 */
import fc from "fast-check";

/** Every name and text sent carries this, so one search of the log finds any body that leaked into it. */
export const LOG_MARKER = "Qzvxmarker";

export type HostileBody =
  | { readonly kind: "bytes"; readonly bytes: Buffer }
  /** Built only when sent (a thousand 1 MB bodies held at once would be a test of the machine's memory). */
  | { readonly kind: "repeat"; readonly prefix: string; readonly unit: string; readonly times: number; readonly suffix: string };

export interface HostileRequest {
  /** What the figures are counted by: "POST /api/v1/screenings", "action saveScreeningAction", … */
  readonly endpoint: string;
  /** The kind of malformation, for the figures and for a failure's message (never the body itself). */
  readonly kind: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: HostileBody;
  /** Sent in chunks without Content-Length, as a streamed upload arrives. */
  readonly chunked?: boolean;
  /** The status the request must get, when the guard or the API decides it exactly. */
  readonly expectStatus?: number;
  /** Its path is rewritten or refused by Next.js's router (a redirect or a 404 page), never reaching an API route. */
  readonly answeredByRouter?: boolean;
}

export const text = (value: string): HostileBody => ({ kind: "bytes", bytes: Buffer.from(value, "utf8") });
export const json = (value: unknown): HostileBody => text(JSON.stringify(value));

export function bodyBytes(body: HostileBody): Buffer {
  return body.kind === "bytes" ? body.bytes : Buffer.from(`${body.prefix}${body.unit.repeat(body.times)}${body.suffix}`, "utf8");
}

/** A synthetic patient's name: unique, with the marker. */
export const markedName = fc.nat({ max: 999_999 }).map((n) => `Ulla ${LOG_MARKER} Patient-${n}`);

const SCRIPTED = [
  `'; DROP TABLE "Patient"; -- ${LOG_MARKER}`,
  `" OR 1=1 -- ${LOG_MARKER}`,
  `1; UPDATE "Screening" SET status='signed' -- ${LOG_MARKER}`,
  `<script>alert('${LOG_MARKER}')</script>`,
  `<img src=x onerror=alert(1)>${LOG_MARKER}`,
  `=HYPERLINK("http://evil.example","${LOG_MARKER}")`,
  `{{7*7}}\${7*7}${LOG_MARKER}`,
  `../../../../etc/passwd${LOG_MARKER}`,
  `\u0000\u202e${LOG_MARKER}\ud800`,
  `${LOG_MARKER}\r\nX-Injected: 1`,
];

/** Text an attacker would try, each with the marker. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SCRIPTED),
  markedName,
  fc.string({ maxLength: 40 }).map((s) => `${s}${LOG_MARKER}`),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => `${LOG_MARKER}${s}`),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => `${LOG_MARKER}${"x".repeat(n)}`),
);

/** Values of every JSON type, where a field wants another. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, [], {}),
  fc.array(fc.integer(), { minLength: 1_000, maxLength: 20_000 }),
  fc.array(hostileText, { maxLength: 5 }),
  fc.dictionary(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "isAdmin", "role"), hostileText, { maxKeys: 3 }),
  fc.integer({ min: 2, max: 60 }).map((depth) => nested(depth, LOG_MARKER)),
);

/** `depth` levels of objects and arrays around `leaf`. */
export function nested(depth: number, leaf: unknown): unknown {
  let node: unknown = leaf;
  for (let i = 0; i < depth; i++) node = i % 2 === 0 ? [node] : { a: node };
  return node;
}

/** An object with keys JSON can hold but JavaScript's literals cannot set as own keys. */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Sets `value` at a path of own keys, making objects on the way; returns a new object. */
export function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const base = target !== null && typeof target === "object" && !Array.isArray(target) ? (target as Record<string, unknown>) : {};
  const [head, ...rest] = path;
  return withOwnKey(base, head!, setAt(base[head!], rest, value));
}

/** Every path to a value in a plain JSON value, for mutating one field at random. */
export function pathsOf(value: unknown, prefix: readonly string[] = []): string[][] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [[...prefix]];
  return [[...prefix], ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

/** Bodies that are not JSON, or JSON only to a lenient reader. */
export const badJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('{"patient": {"fullName": "', "[", "{", "}", "'single quotes'", "{a: 1}", "[1,]", "NaN", "undefined", "{\"a\":1}}", "\ufeff{}x"),
  markedName.map((name) => `{"patient":{"fullName":"${name}"`),
  markedName.map((name) => `fullName=${encodeURIComponent(name)}&x=1`),
  fc.string({ unit: "binary", maxLength: 80 }).map((s) => `{${s}${LOG_MARKER}`),
);

/** Content types a client may send in place of the right one. */
export const wrongContentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  "",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=----hostile",
  "application/xml",
  "text/html",
  "application/octet-stream",
  "application/jsonx",
  "text/plain; charset=utf-16",
  "*/*",
);

/** A body over `limit` bytes, sent with its length declared or streamed. */
export function oversized(limit: number, before: string, after: string): fc.Arbitrary<{ body: HostileBody; chunked: boolean }> {
  return fc.record({
    extra: fc.integer({ min: 1, max: 200_000 }),
    chunked: fc.boolean(),
  }).map(({ extra, chunked }) => ({
    body: { kind: "repeat" as const, prefix: before, unit: "a", times: limit + extra, suffix: after },
    chunked,
  }));
}

/** Bodies of pure nesting, from just past a limit to far past it, closed or not. */
export const deepText = (min: number, max = 200_000): fc.Arbitrary<HostileBody> =>
  fc.record({ depth: fc.integer({ min, max }), open: fc.constantFrom("[", '{"a":', '[{"a":'), closed: fc.boolean() }).map(({ depth, open, closed }) => {
    const close = open === "[" ? "]" : open === '{"a":' ? "}" : "}]";
    return { kind: "repeat" as const, prefix: "", unit: open, times: depth, suffix: closed ? `1${close.repeat(depth)}` : `"${LOG_MARKER}"` };
  });
