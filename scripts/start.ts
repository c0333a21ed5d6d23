/**
 * `npm start`: prepare the embedded database, build when needed, and serve the app.
 */
import { fileURLToPath } from "node:url";

import { isWildcardHost, serverUrl } from "../lib/http/server-url";
import { DEFAULT_HOST, serveApp } from "./serve-app";

const port = process.env.PORT ?? "3000";
const hostname = process.env.HOST || DEFAULT_HOST;

serveApp({
  root: fileURLToPath(new URL("..", import.meta.url)),
  port,
  hostname,
  onReady: () => {
    const reach = isWildcardHost(hostname) ? " (listening on every network interface)" : "";
    console.log(`\nKetamine pre-treatment screening is running at ${serverUrl(hostname, port)}${reach}\n`);
  },
});
