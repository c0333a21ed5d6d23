/**
 * The browser tests' web server: a fresh database, the production build, `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";

import { buildIfNeeded } from "../../../scripts/build-if-needed";
import { E2E_DATABASE_FILE, E2E_PORT } from "./environment";

const root = process.cwd();
const env = { ...process.env, DATABASE_URL: `file:${E2E_DATABASE_FILE}` };

mkdirSync(dirname(E2E_DATABASE_FILE), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(E2E_DATABASE_FILE + suffix, { force: true });

for (const script of ["db:generate", "db:migrate"]) {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}
buildIfNeeded(root);

const server = spawn("npx", ["next", "start", "--hostname", "127.0.0.1", "--port", String(E2E_PORT)], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
