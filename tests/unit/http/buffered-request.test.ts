import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";

import { readBodyUpTo, replayRequest } from "@/lib/http/buffered-request";

// One of this suite's own ports (3800–3809), never a random one other suites might be told to use.
const PORT = 3809;
let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves one handler and posts `body` to it, answering with what the handler wrote. */
async function post(handler: (req: IncomingMessage) => Promise<string>, body: Buffer, chunked = false): Promise<{ status: number; text: string }> {
  server = createServer((req, res) => {
    handler(req).then(
      (text) => res.writeHead(200, { Connection: "close" }).end(text),
      () => res.writeHead(500, { Connection: "close" }).end(),
    );
  });
  await new Promise<void>((resolve) => server!.listen(PORT, "127.0.0.1", resolve));
  return new Promise((resolve, reject) => {
    const client = request({ host: "127.0.0.1", port: PORT, method: "POST", path: "/p", headers: chunked ? {} : { "content-length": body.byteLength } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    // The server may answer and close before an over-long body is all written; that is the point.
    client.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    if (chunked) for (let i = 0; i < body.byteLength; i += 1000) client.write(body.subarray(i, i + 1000));
    else client.write(body);
    client.end();
  });
}

describe("readBodyUpTo", () => {
  it("returns the whole body up to the limit", async () => {
    const answer = await post(async (req) => {
      const read = await readBodyUpTo(req, 10);
      return read.ok ? read.body.toString("utf8") : "too large";
    }, Buffer.from("0123456789"));
    expect(answer.text).toBe("0123456789");
  });

  it("stops at the limit of a streamed body without buffering the rest", async () => {
    const answer = await post(async (req) => {
      const read = await readBodyUpTo(req, 4096);
      return read.ok ? "read" : "too large";
    }, Buffer.alloc(200_000, 0x61), true);
    expect(answer.text).toBe("too large");
  });
});

describe("replayRequest", () => {
  it("gives a reader the same bytes, method, target and headers as the original", async () => {
    const body = Buffer.from(JSON.stringify([{ fullName: "Zoë Ŵilliams", note: "$$x" }]));
    const answer = await post(async (req) => {
      const read = await readBodyUpTo(req, 1_000_000);
      if (!read.ok) throw new Error("too large");
      req.headers = { ...req.headers, "x-forwarded-for": "10.0.0.1" };
      const replay = replayRequest(req, read.body);
      const chunks: Buffer[] = [];
      for await (const chunk of replay) chunks.push(chunk as Buffer);
      const sent = Buffer.concat(chunks);
      return JSON.stringify({
        same: sent.equals(read.body),
        method: replay.method,
        url: replay.url,
        forwarded: replay.headers["x-forwarded-for"],
        raw: replay.rawHeaders.includes("10.0.0.1"),
        complete: replay.complete,
      });
    }, body);
    expect(JSON.parse(answer.text)).toEqual({ same: true, method: "POST", url: "/p", forwarded: "10.0.0.1", raw: true, complete: true });
  });

  it("replays an empty body as an ended stream", async () => {
    const answer = await post(async (req) => {
      const read = await readBodyUpTo(req, 10);
      if (!read.ok) throw new Error("too large");
      let size = 0;
      for await (const chunk of replayRequest(req, read.body)) size += (chunk as Buffer).byteLength;
      return String(size);
    }, Buffer.alloc(0));
    expect(answer.text).toBe("0");
  });
});
