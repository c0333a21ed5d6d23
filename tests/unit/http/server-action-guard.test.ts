import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  checkActionBody,
  checkActionHeaders,
  isServerActionRequest,
  MAX_ACTION_ARGUMENTS,
  MAX_ACTION_BODY_BYTES,
  MAX_ACTION_ELEMENTS,
  MAX_ACTION_NESTING,
  REFUSAL_MESSAGES,
} from "@/lib/http/server-action-guard";

const ACTION = "7f00aa11bb22cc33dd44ee55ff66778899aabbccdd";
const KNOWN = new Set([ACTION]);
const HOST = "127.0.0.1:3000";

function headers(overrides: Record<string, string | undefined> = {}) {
  return {
    host: HOST,
    origin: `http://${HOST}`,
    "next-action": ACTION,
    "content-type": "text/plain;charset=UTF-8",
    ...overrides,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const reasonOf = (text: string) => checkActionBody(bytes(text))?.reason;

describe("isServerActionRequest", () => {
  it.each([
    ["POST", "/screenings/new", { "next-action": ACTION }, true],
    ["POST", "/sign-in", { "content-type": "multipart/form-data; boundary=x" }, true],
    ["POST", "/sign-in", { "content-type": "MULTIPART/form-data" }, true],
    ["GET", "/screenings/new", { "next-action": ACTION }, false],
    ["POST", "/sign-in", { "content-type": "application/x-www-form-urlencoded" }, false],
    ["POST", "/api/v1/screenings", { "next-action": ACTION }, false],
    ["POST", "/api/patients/search?q=1", { "content-type": "multipart/form-data; boundary=x" }, false],
    ["POST", "/api-reference", { "next-action": ACTION }, true],
  ] as const)("%s %s %j → %s", (method, url, requestHeaders, expected) => {
    expect(isServerActionRequest({ method, url, headers: requestHeaders })).toBe(expected);
  });
});

describe("checkActionHeaders", () => {
  it("passes what the app's pages send, and a request without Origin, as Next.js does", () => {
    expect(checkActionHeaders(headers(), KNOWN)).toBeUndefined();
    expect(checkActionHeaders(headers({ origin: undefined }), KNOWN)).toBeUndefined();
    expect(checkActionHeaders(headers({ "content-type": "text/plain" }), KNOWN)).toBeUndefined();
  });

  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["another port", { origin: "http://127.0.0.1:3001" }],
    ["an opaque origin", { origin: "null" }],
    ["an origin that is no URL", { origin: "::not a url::" }],
    ["no Host to compare with", { host: undefined }],
  ])("refuses %s with 403", (_, overrides) => {
    expect(checkActionHeaders(headers(overrides), KNOWN)).toEqual({ status: 403, reason: "foreign-origin" });
  });

  it("compares with X-Forwarded-Host first, as Next.js does, when one is left in the headers", () => {
    expect(checkActionHeaders(headers({ "x-forwarded-host": "app.example, proxy", origin: "https://app.example" }), KNOWN)).toBeUndefined();
    expect(checkActionHeaders(headers({ "x-forwarded-host": "app.example" }), KNOWN)?.status).toBe(403);
  });

  it.each([
    ["no Content-Type", undefined],
    ["JSON", "application/json"],
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart with a boundary (no action of the app takes a file)", "multipart/form-data; boundary=----x"],
    ["multipart without a boundary", "multipart/form-data"],
    ["text that only starts like text/plain", "text/plainx"],
  ])("refuses %s with 415", (_, contentType) => {
    expect(checkActionHeaders(headers({ "content-type": contentType }), KNOWN)).toEqual({ status: 415, reason: "unsupported-content-type" });
  });

  it("refuses an action id the build does not have, and a multipart post without one, with 404", () => {
    expect(checkActionHeaders(headers({ "next-action": "00" }), KNOWN)?.status).toBe(404);
    expect(checkActionHeaders(headers({ "next-action": undefined }), KNOWN)?.status).toBe(404);
  });

  it("refuses a declared length over the limit before reading, and passes one at the limit", () => {
    expect(checkActionHeaders(headers({ "content-length": String(MAX_ACTION_BODY_BYTES + 1) }), KNOWN)?.status).toBe(413);
    expect(checkActionHeaders(headers({ "content-length": String(MAX_ACTION_BODY_BYTES) }), KNOWN)).toBeUndefined();
  });
});

describe("checkActionBody", () => {
  it.each([
    ["one plain argument", JSON.stringify([{ fullName: "Ada", systolic: 120, answers: [true, null] }])],
    ["no argument", "[]"],
    ["a user's string starting with $, escaped as React escapes it", JSON.stringify([{ note: "$$5 co-pay", other: "$$" }])],
    ["an absent optional field", JSON.stringify([{ email: "$undefined" }])],
    ["numbers JSON cannot spell", JSON.stringify([["$NaN", "$Infinity", "$-Infinity", "$-0"]])],
    ["a date", JSON.stringify([{ on: "$D2026-11-26T09:30:00.000Z" }])],
    ["a bigint", JSON.stringify(["$n-12345678901234567890"])],
    ["an object sent a second time, by its path", JSON.stringify([{ a: { x: 1 }, b: "$0:0:a" }])],
    ["a key that is a prototype's name (the decoder drops it)", '[{"__proto__":{"x":1},"constructor":"c"}]'],
    ["nesting at the limit", `${"[".repeat(MAX_ACTION_NESTING)}${"]".repeat(MAX_ACTION_NESTING)}`],
    ["brackets inside strings", JSON.stringify([`${"[".repeat(1000)}\\"{`])],
  ])("passes %s", (_, body) => {
    expect(checkActionBody(bytes(body))).toBeUndefined();
  });

  it.each([
    ["a part reference", '["$1"]', "flight-reference"],
    ["a map reference", '[{"a":"$Q1"}]', "flight-reference"],
    ["a blob reference", '["$B1"]', "flight-reference"],
    ["a form-data reference", '["$K1"]', "flight-reference"],
    ["a promise reference", '["$@0"]', "flight-reference"],
    ["a server reference", '["$h1"]', "flight-reference"],
    ["a temporary reference", '["$T"]', "flight-reference"],
    ["a lone $", '["$"]', "flight-reference"],
    ["a loose date", '["$Dtomorrow"]', "flight-reference"],
    ["a bigint that is not digits", '["$nabc"]', "flight-reference"],
    ["a bigint over React's 300 characters, its sign counted", `["$n-${"9".repeat(300)}"]`, "flight-reference"],
    ["a lookalike of $undefined", '["$undefinedx"]', "flight-reference"],
    ["a reference to the argument list itself", '["$0"]', "flight-reference"],
    ["a reference to its own ancestor", '[{"a":{"b":"$0:0:a"}}]', "flight-reference"],
    ["a reference through a prototype", '[{"a":{}, "b":"$0:0:a:__proto__"}]', "flight-reference"],
    ["a reference to a constructor", '[{"a":{}, "b":"$0:0:a:constructor:prototype"}]', "flight-reference"],
    ["a reference to nothing", '[{"b":"$0:0:missing"}]', "flight-reference"],
    ["a reference to a string", '[{"a":"x","b":"$0:0:a"}]', "flight-reference"],
    ["a reference to an object holding references (a cycle in two steps)", '[{"a":{"c":"$0:0:b"},"b":{"d":"$0:0:a"}}]', "flight-reference"],
    ["a reference as an object's value deep down", `[${JSON.stringify({ a: [{ b: [{ c: "$W2" }] }] })}]`, "flight-reference"],
    ["JSON cut short", '[{"fullName":"Ada Lovelace"', "not-json"],
    ["no JSON at all", "fullName=Ada", "not-json"],
    ["an empty body", "", "not-json"],
    ["one argument not in a list", '{"fullName":"Ada"}', "not-an-argument-list"],
    ["a string", '"x"', "not-an-argument-list"],
    ["too many arguments", JSON.stringify(Array.from({ length: MAX_ACTION_ARGUMENTS + 1 }, () => 0)), "not-an-argument-list"],
    ["nesting one past the limit", `${"[".repeat(MAX_ACTION_NESTING + 1)}${"]".repeat(MAX_ACTION_NESTING + 1)}`, "too-deep"],
    ["nesting 10,000 deep, even unclosed", "[{\"a\":".repeat(10_000), "too-deep"],
  ])("refuses %s", (_, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it("passes a bigint of React's 300 characters", () => {
    expect(reasonOf(`["$n${"9".repeat(300)}"]`)).toBeUndefined();
  });

  it("refuses more elements than React's decoder counts before it throws, references counted where they are used", () => {
    expect(reasonOf(JSON.stringify([["a".repeat(MAX_ACTION_ELEMENTS), 0]]))).toBe("too-many-elements");
    const target = Array.from({ length: 1_000 }, () => 0);
    const references = Array.from({ length: 1_000 }, () => "$0:0:a");
    expect(reasonOf(JSON.stringify([{ a: target, b: references }]))).toBe("too-many-elements");
    expect(reasonOf(JSON.stringify([{ a: target, b: references.slice(0, 900) }]))).toBeUndefined();
  });

  it("refuses bytes that are not UTF-8, and a body over the limit", () => {
    expect(checkActionBody(new Uint8Array([0x5b, 0xff, 0x5d]))?.reason).toBe("not-utf8");
    expect(checkActionBody(new Uint8Array(MAX_ACTION_BODY_BYTES + 1))).toEqual({ status: 413, reason: "body-too-large" });
  });

  it("passes any plain data encoded as React encodes it (strings starting with $ escaped)", () => {
    const escape = (value: unknown): unknown =>
      typeof value === "string"
        ? value.startsWith("$")
          ? `$${value}`
          : value
        : Array.isArray(value)
          ? value.map(escape)
          : value !== null && typeof value === "object"
            ? Object.fromEntries(Object.entries(value).map(([key, child]) => [key, escape(child)]))
            : value;
    const plain = fc.jsonValue({ maxDepth: 6 }).filter((value) => !Object.is(value, -0));
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 3 }), (args) => {
        expect(checkActionBody(bytes(JSON.stringify(escape(args))))).toBeUndefined();
      }),
      { seed: 18, numRuns: 500 },
    );
  });

  it("refuses any unescaped $ string that is not one of the plain-data forms, wherever it sits", () => {
    const foreign = fc.string({ maxLength: 12 }).map((tail) => `$${tail}`).filter((value) => !/^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d|n-?\d|0)/.test(value));
    fc.assert(
      fc.property(foreign, fc.array(fc.constantFrom("a", "b", 0, 1), { maxLength: 5 }), (reference, path) => {
        let node: unknown = reference;
        for (const key of [...path].reverse()) node = typeof key === "number" ? [node] : { [key]: node };
        expect(reasonOf(JSON.stringify([node]))).toBe("flight-reference");
      }),
      { seed: 18, numRuns: 500 },
    );
  });

  it("never quotes the request in what it answers", () => {
    for (const message of Object.values(REFUSAL_MESSAGES)) expect(message.length).toBeLessThan(80);
  });
});
