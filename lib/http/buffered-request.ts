/**
 * Reading a request's body before Next.js does, and handing Next.js a request that replays it. Next.js reads
 * an action's body from the node:http request itself (its `body` is the IncomingMessage), so once the guard has
 * consumed the stream, Next.js gets a fresh IncomingMessage on the same socket whose stream yields the same bytes.
 */
import { IncomingMessage } from "node:http";

export type LimitedBody = { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly reason: "too-large" };

/**
 * The whole body, or "too-large" as soon as more than `limit` bytes arrived: the rest is never buffered. The
 * stream is then left paused for the caller to answer (Node discards the rest). Rejects when the client aborts.
 */
export function readBodyUpTo(request: IncomingMessage, limit: number): Promise<LimitedBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanUp = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      request.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        cleanUp();
        request.pause();
        resolve({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve({ ok: true, body: Buffer.concat(chunks, size) });
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    // "close" before "end": the client went away mid-body.
    const onClose = () => {
      cleanUp();
      reject(new Error("The client closed the connection before the body ended."));
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("close", onClose);
  });
}

/** Its stream is fed by `replayRequest` alone; reading it must never touch the socket the original consumed. */
class ReplayedRequest extends IncomingMessage {
  override _read(): void {}
}

/** Node's `rawHeaders` form (name, value, name, value…) of the headers Next.js should see. */
function rawHeadersOf(headers: IncomingMessage["headers"]): string[] {
  return Object.entries(headers).flatMap(([name, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((item) => [name, item]),
  );
}

/** A request like `original` (method, target, headers, socket) whose body is `body`, already ended. */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new ReplayedRequest(original.socket);
  replay.method = original.method;
  replay.url = original.url;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  replay.headers = original.headers;
  // Rebuilt from `headers`, which the server has rewritten: the raw list still holds what the client claimed.
  replay.rawHeaders = rawHeadersOf(original.headers);
  replay.complete = true;
  if (body.byteLength > 0) replay.push(body);
  replay.push(null);
  return replay;
}
