/**
 * The app's HTTP server, in place of `next start`: node:http in front of Next.js's request handler, so that
 * the client address the app sees is one the app can trust. Before Next.js sees a request, every header in
 * which a client could claim an address or protocol is dropped and `X-Forwarded-For` is set to the socket's
 * address, or, with `TRUSTED_PROXY_HOPS=N`, to the address the operator's proxies appended
 * (lib/http/rewrite-forwarded-headers.ts). Server Action requests are then checked before Next.js decodes them
 * (lib/http/server-action-guard.ts): a malformed one is answered with a 4xx here, the rest replay their buffered
 * body to Next.js.
 *
 * Run by scripts/serve-app.ts on a production build (`npm start`, the browser tests). Environment:
 * HOST (default 127.0.0.1), PORT (default 3000), TRUSTED_PROXY_HOPS (default 0). Tells a parent process it
 * is listening with an IPC message `{ type: "listening" }`. Stops on SIGINT or SIGTERM.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import next from "next";

import { parseTrustedProxyHops } from "../lib/http/client-address";
import { readBodyUpTo, replayRequest } from "../lib/http/buffered-request";
import { rewriteForwardedHeaders } from "../lib/http/rewrite-forwarded-headers";
import { securityHeaders, isServedOverHttps } from "../lib/http/security-headers";
import {
  checkActionBody,
  checkActionHeaders,
  isServerActionRequest,
  MAX_ACTION_BODY_BYTES,
  REFUSAL_MESSAGES,
  type ActionRefusal,
} from "../lib/http/server-action-guard";
import { serverUrl } from "../lib/http/server-url";

/** How long open requests may finish after a stop signal before their connections are cut. */
const SHUTDOWN_GRACE_MS = 5_000;
/** How long a refused request's client may go on sending its body before the connection is cut. */
const LINGER_MS = 30_000;

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${raw}".`);
  return port;
}

const hostname = process.env.HOST || "127.0.0.1";
const port = parsePort(process.env.PORT);
const trustedProxyHops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
const dir = fileURLToPath(new URL("..", import.meta.url));

let warnedAboutChain = false;

/** Rewrites the forwarded headers in place of the client's; false when the connection has already gone. */
function trustOnlyOwnForwardedHeaders(req: IncomingMessage): boolean {
  const { headers, clientAddress } = rewriteForwardedHeaders(req.headers, {
    socketAddress: req.socket.remoteAddress,
    trustedProxyHops,
  });
  if (clientAddress.kind === "unknown") return false;
  if (clientAddress.kind === "untrusted-chain" && !warnedAboutChain) {
    warnedAboutChain = true;
    console.warn(
      `TRUSTED_PROXY_HOPS is ${trustedProxyHops}, but a request's X-Forwarded-For had too few entries or a malformed ` +
        "one where the client should be; the nearest proxy's address is used. Check the proxies' configuration.",
    );
  }
  req.headers = headers;
  return true;
}

/** The ids of the build's Server Actions: any other id would only reach Next.js to be logged as not found. */
function builtActionIds(): ReadonlySet<string> {
  const manifest = JSON.parse(readFileSync(join(dir, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, unknown>;
  };
  return new Set(Object.keys(manifest.node ?? {}));
}

/**
 * A refusal in a fixed short text: nothing of the request is echoed or logged, so a flood of bad requests
 * writes nothing to the log. The whole answer goes out at once, but the connection is ended only once the rest
 * of the body has been read and dropped (never buffered): a socket closed with unread bytes is reset by the
 * kernel, and a client still sending its body then loses the answer it has not read yet (seen as EPIPE, for a
 * header refusal as much as for a body over the limit). A client that keeps sending is cut off after
 * LINGER_MS, as nginx's lingering close does.
 */
function refuse(req: IncomingMessage, res: ServerResponse, refusal: ActionRefusal): void {
  const https = isServedOverHttps({ forwardedProto: req.headers["x-forwarded-proto"] as string | undefined, appUrl: process.env.APP_URL });
  const message = REFUSAL_MESSAGES[refusal.reason];
  res.writeHead(refusal.status, {
    ...securityHeaders({ https }),
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(message),
    "Cache-Control": "no-store",
  });
  res.write(message);
  if (req.readableEnded) {
    res.end();
    return;
  }
  const cutOff = setTimeout(() => res.destroy(), LINGER_MS);
  req.once("end", () => {
    clearTimeout(cutOff);
    res.end();
  });
  req.once("close", () => clearTimeout(cutOff));
  req.resume();
}

/** The request Next.js may decode (its body replayed), or undefined when this server answered it. */
async function guardServerAction(req: IncomingMessage, res: ServerResponse, knownActionIds: ReadonlySet<string>): Promise<IncomingMessage | undefined> {
  const byHeaders = checkActionHeaders(req.headers, knownActionIds);
  if (byHeaders) {
    refuse(req, res, byHeaders);
    return undefined;
  }
  const read = await readBodyUpTo(req, MAX_ACTION_BODY_BYTES);
  if (!read.ok) {
    refuse(req, res, { status: 413, reason: "body-too-large" });
    return undefined;
  }
  const byBody = checkActionBody(read.body);
  if (byBody) {
    refuse(req, res, byBody);
    return undefined;
  }
  return replayRequest(req, read.body);
}

const server = createServer();
const app = next({ dev: false, dir, hostname, port, httpServer: server });

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();
  const knownActionIds = builtActionIds();

  const forward = (req: IncomingMessage, res: ServerResponse) =>
    handle(req, res).catch((error: unknown) => {
      // The name only: a message can quote the request, which may hold patient data.
      console.error(`Request handling failed: ${error instanceof Error ? error.name : typeof error}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (!trustOnlyOwnForwardedHeaders(req)) {
      res.destroy();
      return;
    }
    if (!isServerActionRequest(req)) {
      void forward(req, res);
      return;
    }
    guardServerAction(req, res, knownActionIds).then(
      (guarded) => {
        if (guarded) void forward(guarded, res);
      },
      // The client went away while its body was being read: nobody is left to answer.
      () => res.destroy(),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const proxies = trustedProxyHops === 0 ? "no trusted proxy" : `${trustedProxyHops} trusted proxy hop(s)`;
  console.log(`Listening on ${serverUrl(hostname, port)} (${proxies})`);
  process.send?.({ type: "listening" });
}

let stopping = false;

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received: finishing open requests, then stopping.`);
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);

main().catch((error: unknown) => {
  console.error("The app's HTTP server could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
