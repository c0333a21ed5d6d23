/**
 * The one way the app is brought up, shared by `npm start` and the browser tests' server: generate the Prisma
 * clients, migrate the database named by DATABASE_URL, build when the sources changed, then serve the build
 * with the app's own HTTP server (scripts/http-server.ts), which fixes the client address before Next.js runs.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";

import { buildIfNeeded } from "./build-if-needed";
import { serverNodeFlags } from "./server-node-flags";

export interface ServeOptions {
  readonly root: string;
  readonly port: string;
  /** Interface to listen on; 127.0.0.1 when absent (set HOST=0.0.0.0 to accept other machines). */
  readonly hostname?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Called once, when the server is listening. */
  readonly onReady?: () => void;
}

export const DEFAULT_HOST = "127.0.0.1";

// Next.js would otherwise send anonymous build and usage reports: a clinical app phones nowhere.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

function runScript(root: string, script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n\`npm run ${script}\` failed (exit code ${result.status}); the app was not started.`);
    process.exit(result.status ?? 1);
  }
}

function isListeningMessage(message: unknown): boolean {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "listening";
}

/** Returns the server process (the browser tests read its memory while a download streams). */
export function serveApp({ root, port, hostname = DEFAULT_HOST, env = process.env, onReady }: ServeOptions): ChildProcess {
  const nodeFlags = serverNodeFlags(env);
  runScript(root, "db:generate", env);
  runScript(root, "db:migrate", env);
  // On the embedded database with no account yet: demo sign-ins, printed (scripts/accounts/seed-demo-accounts.ts).
  runScript(root, "accounts:seed-demo", env);
  buildIfNeeded(root);

  // A child process of its own, as `next start` was: Next.js must load with NODE_ENV=production, and the
  // server gets exactly the environment given here. Plain node with tsx's loader, so IPC reaches it directly.
  const server = spawn(process.execPath, [...nodeFlags, "--import", "tsx", join(root, "scripts", "http-server.ts")], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", HOST: hostname, PORT: port },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let announced = false;
  server.on("message", (message) => {
    if (announced || !isListeningMessage(message)) return;
    announced = true;
    onReady?.();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  return server;
}
