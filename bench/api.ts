/**
 * The JSON API under load, on a production build and a scratch SQLite database: `POST /api/v1/screenings`
 * (create, a new submission each request) and `POST /api/v1/assessments` (evaluate) with autocannon at 20
 * connections, and in the same run the same load against two floors: a minimal Next.js route handler inserting
 * one row with better-sqlite3 (bench/next-floor, the framework floor) and a bare node:http server writing the
 * app's rows with better-sqlite3 (bench/support/node-floor-server.ts, the machine floor). Prints a table and the
 * ratios, and writes the figures as JSON (data/bench/api.json). Not a test: it never fails on speed.
 * Run: npm run bench:api [-- --seconds 10 --connections 20 --cpu-prof /tmp/profiles]
 * (`--cpu-prof` writes the app server's V8 CPU profile there when it stops, for Chrome's DevTools.)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { ensureBuilt, migrate, PROJECT_ROOT, startAppServer } from "@/tests/support/app-server";
import { HIGH_RISK_INPUT } from "@/tests/support/high-risk-screening";

import { option } from "./support/figures";
import { writeFigures } from "./support/write-figures";

const SECONDS = Number(option("--seconds") ?? "") || 10;
const CONNECTIONS = Number(option("--connections") ?? "") || 20;
const CPU_PROFILE_DIR = option("--cpu-prof");
const PORTS = { app: 3520, nextFloor: 3521, nodeFloor: 3522 } as const;
const NEXT_FLOOR_DIR = path.join(PROJECT_ROOT, "bench", "next-floor");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");

interface Figures {
  readonly label: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** A new submission each request: a new patient and submission id, so every request stores a screening. */
function submission(): string {
  const tag = randomUUID();
  return JSON.stringify({
    submissionId: tag,
    screening: { ...HIGH_RISK_INPUT, patient: { ...HIGH_RISK_INPUT.patient, fullName: `Bench ${tag.slice(0, 8)}`, medicalRecordNumber: `B-${tag.slice(0, 12)}` } },
  });
}

async function load(label: string, url: string, headers: Record<string, string>, body: () => string): Promise<Figures> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
    });
  await run(2); // warm-up: compiled code, prepared statements, query plans
  const result = await run(SECONDS);
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function waitForListening(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 120 s`)), 120_000);
    child.once("exit", (code) => reject(new Error(`${what} exited (code ${code}) before listening`)));
    child.on("message", (message) => {
      if ((message as { type?: unknown }).type !== "listening") return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve();
    });
  });
}

async function waitForHttp(url: string, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (await fetch(url, { method: "POST", body: "{}" }).then((response) => response.status < 500, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer within 120 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  return exited;
}

function row(figures: Figures): string {
  return [
    figures.label.padEnd(44),
    figures.requestsPerSecond.toFixed(0).padStart(7),
    `${figures.p50Ms.toFixed(0)} ms`.padStart(8),
    `${figures.p99Ms.toFixed(0)} ms`.padStart(8),
    String(figures.requests).padStart(8),
    String(figures.non2xx + figures.errors).padStart(7),
  ].join("  ");
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-api-"));
  const children: ChildProcess[] = [];
  const cleanUp = async () => {
    await Promise.all(children.map(stop));
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
  try {
    ensureBuilt();
    const spawnBuild = spawnSync(process.execPath, [NEXT_BIN, "build", NEXT_FLOOR_DIR], { cwd: PROJECT_ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
    if (spawnBuild.status !== 0) throw new Error("Building bench/next-floor failed: run `npx next build bench/next-floor` to see why");

    const appUrl = `file:${path.join(dir, "app.db")}`;
    const floorUrl = `file:${path.join(dir, "node-floor.db")}`;
    for (const url of [appUrl, floorUrl]) {
      migrate(url);
      createAccount(url, "bench-api@test.invalid");
    }
    const { token } = issueToken(appUrl, "bench-api@test.invalid", "Benchmark");

    const app = await startAppServer({ port: PORTS.app, databaseUrl: appUrl, authSecret: "bench-api-secret-".padEnd(40, "x"),
      nodeFlags: CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [],
      captureLog: true,
    });
    children.push(app.process);
    const nextFloor = spawn(process.execPath, [NEXT_BIN, "start", NEXT_FLOOR_DIR, "-p", String(PORTS.nextFloor), "-H", "127.0.0.1"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", FLOOR_DATABASE_FILE: path.join(dir, "next-floor.db") },
      stdio: "ignore",
    });
    children.push(nextFloor);
    const nodeFloor = spawn(process.execPath, ["--import", "tsx", path.join("bench", "support", "node-floor-server.ts")], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FLOOR_DATABASE_FILE: path.join(dir, "node-floor.db"), PORT: String(PORTS.nodeFloor) },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    children.push(nodeFloor);
    await Promise.all([waitForListening(nodeFloor, "The node:http floor"), waitForHttp(`http://127.0.0.1:${PORTS.nextFloor}/api/insert`, "The Next.js floor")]);

    const auth = { Authorization: `Bearer ${token}` };
    const evaluateBody = JSON.stringify(HIGH_RISK_INPUT);
    const results = [
      await load("API create (POST /api/v1/screenings)", `${app.origin}/api/v1/screenings`, auth, submission),
      await load("API evaluate (POST /api/v1/assessments)", `${app.origin}/api/v1/assessments`, auth, () => evaluateBody),
      await load("Next.js floor (route handler, one row)", `http://127.0.0.1:${PORTS.nextFloor}/api/insert`, {}, submission),
      await load("Machine floor (node:http, the app's rows)", `http://127.0.0.1:${PORTS.nodeFloor}/`, {}, submission),
    ];
    const [create, , framework, machine] = results;
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each after a 2 s warm-up, SQLite\n`);
    console.log(["".padEnd(44), "req/s".padStart(7), "p50".padStart(8), "p99".padStart(8), "requests".padStart(8), "failed".padStart(7)].join("  "));
    for (const figures of results) console.log(row(figures));
    const ratios = { createToNextFloor: create!.requestsPerSecond / framework!.requestsPerSecond, createToMachineFloor: create!.requestsPerSecond / machine!.requestsPerSecond };
    console.log(`\ncreate / Next.js floor: ${ratios.createToNextFloor.toFixed(2)} (target ≥ 0.75); create / machine floor: ${ratios.createToMachineFloor.toFixed(2)}`);
    console.log(`create p99: ${create!.p99Ms.toFixed(0)} ms (target < 50 ms)`);
    if (create!.non2xx + create!.errors > 0 || results[1]!.non2xx + results[1]!.errors > 0) {
      // A failed request is a finding, not noise: show what the server said (its log holds no request data).
      console.log(`\nThe app server's log, last 40 lines:\n${app.log().split("\n").slice(-40).join("\n")}`);
    }
    writeFigures("api", { connections: CONNECTIONS, seconds: SECONDS, results, ratios });
  } finally {
    await cleanUp();
  }
}

await main();
