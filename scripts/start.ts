/**
 * `npm start`: prepare the embedded database, build when needed, and serve the app.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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
    // Written by scripts/accounts/seed-demo-accounts.ts on a first start with the embedded database.
    const signIns = path.join(process.cwd(), "data", "demo-sign-ins.txt");
    if (existsSync(signIns)) console.log(readFileSync(signIns, "utf8"));
  },
});
