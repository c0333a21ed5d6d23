/**
 * The app's HTTP server, in place of `next start`: node:http in front of Next.js's request handler, so that
 * the client address the app sees is one the app can trust. Before Next.js sees a request, every header in
 * which a client could claim an address or protocol is dropped and `X-Forwarded-For` is set to the socket's
 * address, or, with `TRUSTED_PROXY_HOPS=N`, to the address the operator's proxies appended
 * (lib/http/rewrite-forwarded-headers.ts).
 *
 * Run by scripts/serve-app.ts on a production build (`npm start`, the browser tests). Environment:
 * HOST (default 127.0.0.1), PORT (default 3000), TRUSTED_PROXY_HOPS (default 0). Tells a parent process it
 * is listening with an IPC message `{ type: "listening" }`. Stops on SIGINT or SIGTERM.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";

import next from "next";

import { parseTrustedProxyHops } from "../lib/http/client-address";
import { rewriteForwardedHeaders } from "../lib/http/rewrite-forwarded-headers";
import { serverUrl } from "../lib/http/server-url";

/** How long open requests may finish after a stop signal before their connections are cut. */
const SHUTDOWN_GRACE_MS = 5_000;

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

const server = createServer();
const app = next({ dev: false, dir, hostname, port, httpServer: server });

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (!trustOnlyOwnForwardedHeaders(req)) {
      res.destroy();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      // The name only: a message can quote the request, which may hold patient data.
      console.error(`Request handling failed: ${error instanceof Error ? error.name : typeof error}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
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
