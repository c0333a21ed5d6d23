/**
 * The one way the app is brought up, shared by `npm start` and the browser tests' server: generate the Prisma
 * clients, migrate the database named by DATABASE_URL, build when the sources changed, then `next start`.
 */
import { spawn, spawnSync } from "node:child_process";

import { buildIfNeeded } from "./build-if-needed";

export interface ServeOptions {
  readonly root: string;
  readonly port: string;
  /** Passed to `next start --hostname`; Next's default (all interfaces) when absent. */
  readonly hostname?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Called once when Next reports it is ready. */
  readonly onReady?: () => void;
}

function runScript(root: string, script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n\`npm run ${script}\` failed (exit code ${result.status}); the app was not started.`);
    process.exit(result.status ?? 1);
  }
}

export function serveApp({ root, port, hostname, env = process.env, onReady }: ServeOptions): void {
  runScript(root, "db:generate", env);
  runScript(root, "db:migrate", env);
  buildIfNeeded(root);

  const args = ["next", "start", "--port", port, ...(hostname ? ["--hostname", hostname] : [])];
  const server = spawn("npx", args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready/i.test(chunk.toString())) {
      announced = true;
      onReady?.();
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
