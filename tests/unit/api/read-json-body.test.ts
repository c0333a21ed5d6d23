/**
 * The API's body reader refuses what is not JSON, too large or not UTF-8 before parsing, answers in the API's
 * error shape, and never quotes a body it could not parse (it may hold patient data).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isJsonContentType, MAX_JSON_BODY_BYTES, readJsonBody } from "@/lib/api/read-json-body";

import { apiPost, jsonPost, streamedPost } from "../../support/api-requests";

const bytes = (text: string) => new TextEncoder().encode(text);

async function refusal(request: Request): Promise<{ status: number; code: string; text: string }> {
  const body = await readJsonBody(request);
  if (body.ok) throw new Error("Expected the body to be refused");
  const text = await body.response.text();
  return { status: body.response.status, code: (JSON.parse(text) as { error: { code: string } }).error.code, text };
}

/** A stream that counts what was pulled from it and whether it was cancelled; endless without `chunks`. */
function countingStream(chunkBytes: number, chunks = Infinity) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled >= chunks) return controller.close();
        seen.pulled += 1;
        controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    // Nothing is pulled until the reader asks, so `pulled` counts reads only.
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe("readJsonBody: media type", () => {
  it.each([
    ["no Content-Type", {}],
    ["text/plain", { "content-type": "text/plain" }],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }],
    ["multipart", { "content-type": "multipart/form-data; boundary=x" }],
    ["a look-alike", { "content-type": "application/jsonp" }],
    ["JSON as a parameter", { "content-type": "text/plain; type=application/json" }],
  ])("refuses %s with 400 unsupported-content-type", async (_name, headers) => {
    expect(await refusal(apiPost(bytes("{}"), headers))).toMatchObject({ status: 400, code: "unsupported-content-type" });
  });

  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8", " application/json ; charset=utf-8"])(
    "accepts %j",
    async (contentType) => {
      expect(await readJsonBody(apiPost(bytes('{"a":[1,"é"]}'), { "content-type": contentType }))).toEqual({ ok: true, value: { a: [1, "é"] } });
    },
  );

  it("judges the media type alone", () => {
    expect(isJsonContentType(null)).toBe(false);
    expect(isJsonContentType("")).toBe(false);
    expect(isJsonContentType("application/json+x")).toBe(false);
  });
});

describe("readJsonBody: text that is not JSON", () => {
  it("answers 400 bad-request without quoting the body", async () => {
    const answer = await refusal(apiPost(bytes('{"fullName": "Jane Doe", "dateOfBirth": 1980-01-01}')));
    expect(answer).toMatchObject({ status: 400, code: "bad-request" });
    expect(answer.text).not.toMatch(/Jane|Doe|1980/);
  });

  it("answers the same words for every body that is not JSON, so none is ever quoted", async () => {
    const { text: expected } = await refusal(apiPost(bytes("{")));
    const notJson = (text: string) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    };
    const corruptedJson = fc
      .tuple(fc.jsonValue(), fc.string({ minLength: 1, maxLength: 8 }))
      .map(([value, tail]) => `${JSON.stringify(value)}${tail}`);
    const arbitraryText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }), corruptedJson);
    await fc.assert(
      fc.asyncProperty(arbitraryText.filter(notJson), async (text) => {
        const answer = await refusal(apiPost(bytes(text)));
        expect(answer.status).toBe(400);
        expect(answer.text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an empty body as not JSON", async () => {
    expect(await refusal(apiPost(null))).toMatchObject({ status: 400, code: "bad-request" });
  });

  it.each([
    ["a lone continuation byte", [0x7b, 0x80, 0x7d]],
    ["an invalid byte", [0x22, 0xff, 0x22]],
    ["a truncated sequence", [0x22, 0xe2, 0x82, 0x22]],
    ["an overlong encoding", [0x22, 0xc0, 0xaf, 0x22]],
  ])("refuses %s (not UTF-8) with 400", async (_name, sequence) => {
    const answer = await refusal(apiPost(new Uint8Array(sequence)));
    expect(answer).toMatchObject({ status: 400, code: "bad-request" });
    expect(answer.text).toContain("UTF-8");
  });
});

describe("readJsonBody: size", () => {
  it("accepts a body of exactly the limit", async () => {
    const text = `"${"a".repeat(MAX_JSON_BODY_BYTES - 2)}"`;
    const body = await readJsonBody(apiPost(bytes(text)));
    expect(body.ok && (body.value as string).length).toBe(MAX_JSON_BODY_BYTES - 2);
  });

  it("refuses a declared Content-Length over the limit with 413, reading nothing", async () => {
    const { stream, seen } = countingStream(16);
    const init = { method: "POST", body: stream, duplex: "half", headers: { "content-type": "application/json", "content-length": String(MAX_JSON_BODY_BYTES + 1) } };
    const request = new Request("http://127.0.0.1:3000/api/v1/assessments", init as RequestInit);
    expect(await refusal(request)).toMatchObject({ status: 413, code: "payload-too-large" });
    expect(seen.pulled).toBe(0);
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a streamed body at the limit when no length was declared", async () => {
    // Endless: a reader that did not stop at the limit would never answer.
    const chunk = 64 * 1024;
    const { stream, seen } = countingStream(chunk);
    expect(await refusal(streamedPost(stream))).toMatchObject({ status: 413, code: "payload-too-large" });
    expect(seen.pulled * chunk).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + chunk);
    expect(seen.cancelled).toBe(true);
  });

  it("refuses a finite streamed body one chunk over the limit", async () => {
    const { stream } = countingStream(1024, MAX_JSON_BODY_BYTES / 1024 + 1);
    expect(await refusal(streamedPost(stream))).toMatchObject({ status: 413 });
  });

  it("honours a smaller limit given by the caller", async () => {
    const body = await readJsonBody(jsonPost({ text: "x".repeat(100) }), 50);
    expect(body.ok).toBe(false);
    expect(!body.ok && body.response.status).toBe(413);
  });
});

describe("readJsonBody: hostile JSON", () => {
  it.each([
    ["arrays", "[".repeat(10_000) + "]".repeat(10_000)],
    ["objects", '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000)],
  ])("reads or refuses 10,000 nested %s without throwing", async (_name, text) => {
    const body = await readJsonBody(apiPost(bytes(text)));
    if (!body.ok) expect(body.response.status).toBe(400);
  });

  it("keeps __proto__ keys as plain data, never touching Object.prototype", async () => {
    const text = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"a":{"__proto__":{"polluted":true}}}';
    const body = await readJsonBody(apiPost(bytes(text)));
    expect(body.ok).toBe(true);
    const value = (body.ok ? body.value : null) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
