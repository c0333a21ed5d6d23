/**
 * Sends a hostile request exactly as generated, through node:http: fetch would add or correct headers (a
 * Content-Type for text, an Origin) and refuse some the server must survive.
 */
import { request } from "node:http";

import { bodyBytes, type HostileRequest } from "./hostile-requests";

export interface RawAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

const CHUNK = 64 * 1024;
const TIMEOUT_MS = 60_000;

export function sendRawRequest(origin: string, hostile: HostileRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin);
  const bytes = hostile.body ? bodyBytes(hostile.body) : undefined;
  const headers: Record<string, string | number> = { ...hostile.headers };
  if (bytes && !hostile.chunked) headers["content-length"] = bytes.byteLength;
  return new Promise((resolve, reject) => {
    let answered = false;
    const client = request({ hostname, port, method: hostile.method, path: hostile.path, headers, agent: false, timeout: TIMEOUT_MS }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    client.on("timeout", () => client.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    // A server that answers before the whole body is sent may stop reading it: the answer is what counts.
    client.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (bytes) {
      if (hostile.chunked) for (let at = 0; at < bytes.byteLength; at += CHUNK) client.write(bytes.subarray(at, at + CHUNK));
      else client.write(bytes);
    }
    client.end();
  });
}
