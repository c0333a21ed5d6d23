/**
 * Other processes for the audit tests: a second app server appending events, and `npm run audit:verify`.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./audit-append-worker.ts", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface AppendWorker {
  /** Resolves once the worker has connected. */
  readonly ready: Promise<void>;
  /** Starts the appends; resolves with the sequence numbers the worker's events got. */
  readonly run: () => Promise<number[]>;
}

/** Another process that records `count` events as `actorEmail` when told to. */
export function startAppendWorker(url: string, count: number, actorEmail: string): AppendWorker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WORKER, url, String(count), actorEmail], {
    cwd: PROJECT_ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  const line = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = output.split("\n").find((text) => text.startsWith(prefix));
        if (found !== undefined) resolve(found.slice(prefix.length).trim());
      };
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        check();
      });
      child.once("exit", (code) => {
        check();
        reject(new Error(`append worker exited ${code} before "${prefix}": ${output}`));
      });
      child.once("error", reject);
    });
  const ready = line("ready").then(() => undefined);
  const done = line("done ");
  // Awaited by the test when it gets that far; a worker that dies earlier must not be an unhandled rejection.
  ready.catch(() => {});
  done.catch(() => {});
  return {
    ready,
    run: () => {
      child.stdin.write("go\n");
      return done.then((json) => JSON.parse(json) as number[]);
    },
  };
}

export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run audit:verify` against `url`, as an operator would run it. */
export function runAuditVerify(url: string): Promise<ScriptRun> {
  return runNpmScript("audit:verify", [], url);
}

/** `npm run <script> -- <args>` against `url`, as an operator would run it, with its output and exit code. */
export function runNpmScript(script: string, args: readonly string[], url: string, env: Readonly<Record<string, string>> = {}): Promise<ScriptRun> {
  const child = spawn("npm", ["run", "--silent", script, ...(args.length > 0 ? ["--", ...args] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, DATABASE_URL: url },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
