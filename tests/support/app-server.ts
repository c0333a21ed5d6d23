/**
 * A production server of the app on a port and database of a test's or benchmark's own, for suites that must
 * stop, kill or restart it (reliability, several app servers, benchmarks). It serves the existing build (`.next`;
 * `ensureBuilt` builds it when the sources changed) with the app's own HTTP server, as `npm start` does, and
 * migrates the database first. Its output is kept in memory for tests that read the log.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

import { buildIfNeeded } from "@/scripts/build-if-needed";
import { serverNodeFlags } from "@/scripts/server-node-flags";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface AppServerOptions {
  readonly port: number;
  readonly databaseUrl: string;
  /** At least 32 characters; shared by servers that must accept each other's sessions. */
  readonly authSecret: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Extra node flags, e.g. ["--cpu-prof"]. */
  readonly nodeFlags?: readonly string[];
  /** Whether to keep the server's output (stdout and stderr) for `log()`; otherwise it is discarded. */
  readonly captureLog?: boolean;
}

export interface AppServer {
  readonly origin: string;
  readonly process: ChildProcess;
  /** Everything the server wrote so far (when `captureLog`). */
  log(): string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash or a power cut would end it. */
  kill(): Promise<void>;
}

export function ensureBuilt(): void {
  buildIfNeeded(PROJECT_ROOT);
}

function environment(options: AppServerOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    HOST: "127.0.0.1",
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    APP_URL: `http://127.0.0.1:${options.port}`,
    ...options.env,
  };
}

/** Applies the migrations to the server's database, as `npm start` does before serving. */
export function migrate(databaseUrl: string): void {
  const result = spawnSync("npm", ["run", "--silent", "db:migrate"], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`db:migrate failed: ${result.stderr}`);
}

function ended(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const output: string[] = [];
  const env = environment(options);
  const child = spawn(process.execPath, [...serverNodeFlags(env), ...(options.nodeFlags ?? []), "--import", "tsx", "scripts/http-server.ts"], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", options.captureLog ? "pipe" : "ignore", options.captureLog ? "pipe" : "inherit", "ipc"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  const server: AppServer = {
    origin: `http://127.0.0.1:${options.port}`,
    process: child,
    log: () => output.join(""),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exit = ended(child);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
    async kill() {
      const exit = ended(child);
      child.kill("SIGKILL");
      await exit;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`The app server on port ${options.port} did not start within 120 s`));
    }, 120_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The app server on port ${options.port} exited (code ${code}) before listening:\n${output.join("")}`));
    });
    child.on("message", (message) => {
      if ((message as { type?: unknown }).type !== "listening") return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve(server);
    });
  });
}
