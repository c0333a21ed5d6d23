/**
 * Whole pages on a production build, timed over HTTP as a signed-in clinician's browser asks for them: the
 * screening list's first page, a deep page (500 pages in, by its cursor), the list filtered by signer, the
 * patient search (`POST /api/patients/search`, the request the search box makes) and `/screenings/new`, with
 * 100,000 screenings of 50,000 patients in a scratch SQLite file. Sequential requests after a warm-up; prints
 * median, p95 and max per route and whether p95 is under the 100 ms budget. Not a test: it never fails on speed.
 *
 * It builds the app only when the sources changed since the last build (as `npm start` does), serves it with
 * the app's own HTTP server on 127.0.0.1:3510, and stops the server and removes the scratch file at the end, on
 * failure and on Ctrl-C. Rows are written straight into the file (one transaction of prepared inserts) in the
 * form Prisma stores them; inputs are generated screenings with the rules' real flags.
 * Run: npm run bench:pages [-- --runs 200 --keep /tmp/pages.db --cpu-prof /tmp/profiles]
 * (`--cpu-prof` writes the server's V8 CPU profile there when it stops, for Chrome's DevTools.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";
import fc from "fast-check";

import { assess } from "@/lib/rules";
import { OUTCOMES } from "@/lib/review/decisions";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { encodeListCursor } from "@/lib/screening/list-filter";
import { screeningInputSchemaAsOf, type ScreeningInput } from "@/lib/screening/schema";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";
import { screeningRowWriter, sqliteDate as stored } from "@/tests/support/screening-rows";

import { ms, openScratchDatabase, option, percentile, random } from "./support/figures";
import { patientQueryKinds, syntheticPatient, type SyntheticPatient } from "./support/synthetic-patients";

const PATIENTS = 50_000;
const SCREENINGS = 100_000;
const RUNS = Number(option("--runs") ?? "") || 200;
const WARM_UP = 20;
const KEEP = option("--keep");
const CPU_PROFILE_DIR = option("--cpu-prof");
const PORT = 3510;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BUDGET_MS = 100;
const PAGE_SIZE = 50;
const DEEP_PAGES = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
const root = fileURLToPath(new URL("..", import.meta.url));
const next = random(20261126);

const CLINICIAN = { id: "bench-pages-clinician", name: "Bench Clinician", email: "bench-pages@test.invalid" };
const SIGNERS = [0, 1, 2].map((i) => ({ id: `bench-pages-signer-${i}`, name: `Signer ${i} Bench`, email: `signer-${i}@test.invalid` }));


/** Generated inputs as the form submits them, one pool per sex at birth so a patient's own sex is kept. */
function inputPools(): Map<string, ScreeningInput[]> {
  const pools = new Map<string, ScreeningInput[]>();
  for (const input of fc.sample(screeningInputArbitrary, { numRuns: 1_000, seed: 20261126 })) {
    pools.set(input.patient.sexAtBirth, [...(pools.get(input.patient.sexAtBirth) ?? []), input]);
  }
  return pools;
}

function seed(file: string): void {
  const started = performance.now();
  const raw = new Database(file, { timeout: 5_000 });
  raw.pragma("journal_mode = WAL");
  const now = stored(new Date());
  const insertUser = raw.prepare(
    `INSERT INTO "User" (id, name, email, "emailVerified", role, "mustChangePassword", "twoFactorEnabled", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 1, 'clinician', 0, 1, ?, ?)`,
  );
  const write = screeningRowWriter(raw);
  const pools = inputPools();
  const patients: (SyntheticPatient & { id: string })[] = [];
  let flags = 0;
  raw.transaction(() => {
    for (const user of [CLINICIAN, ...SIGNERS]) insertUser.run(user.id, user.name, user.email, now, now);
    for (let n = 1; n <= PATIENTS; n += 1) {
      const patient = { ...syntheticPatient(next, n), id: `p${String(n).padStart(6, "0")}` };
      patients.push(patient);
      write.patient({ ...patient, createdAt: new Date() });
    }
    const end = Date.now() - DAY_MS;
    for (let n = 0; n < SCREENINGS; n += 1) {
      const patient = patients[Math.floor(next() * PATIENTS)]!;
      const pool = pools.get(patient.sexAtBirth)!;
      const template = pool[Math.floor(next() * pool.length)]!;
      const { fullName, dateOfBirth, sexAtBirth, medicalRecordNumber } = patient;
      const input: ScreeningInput = {
        ...template,
        patient: { fullName, dateOfBirth, sexAtBirth, ...(medicalRecordNumber ? { medicalRecordNumber } : {}) },
      };
      // About two years of screenings, up to yesterday.
      const createdAt = new Date(end - Math.floor(next() * 700 * DAY_MS));
      const day = todayIsoDate(createdAt);
      if (n % 100 === 0) {
        const checked = screeningInputSchemaAsOf(() => day).safeParse(input);
        if (!checked.success) throw new Error(`Generated screening ${n} is not a valid input: ${checked.error.message}`);
      }
      const assessment = assess(input, { on: day });
      const draw = next();
      const status = draw < 0.5 ? "awaiting-review" : draw < 0.9 ? "signed" : "amended";
      const signer = status === "awaiting-review" ? null : SIGNERS[Math.floor(next() * SIGNERS.length)]!;
      const id = `s${String(n).padStart(7, "0")}`;
      write.screening({
        id,
        patientId: patient.id,
        submissionId: `bench-${id}`,
        input,
        rulesVersion: assessment.rulesVersion,
        flags: assessment.flags,
        createdById: CLINICIAN.id,
        createdAt,
        status,
        signOff: signer
          ? { outcome: OUTCOMES[Math.floor(next() * OUTCOMES.length)]!, signedById: signer.id, signerName: signer.name, signedAt: new Date(createdAt.getTime() + 3_600_000) }
          : undefined,
      });
      flags += assessment.flags.length;
    }
  })();
  raw.pragma("optimize");
  raw.close();
  console.log(
    `${SCREENINGS.toLocaleString("en-US")} screenings with ${flags.toLocaleString("en-US")} flags of ${PATIENTS.toLocaleString("en-US")} patients ` +
      `inserted in ${((performance.now() - started) / 1000).toFixed(1)} s (${(statSync(file).size / 1024 / 1024).toFixed(0)} MB)`,
  );
}

/** A database session for the bench clinician and its cookie, signed as better-auth signs it (HMAC-SHA256). */
function signIn(file: string, secret: string): string {
  const raw = new Database(file, { timeout: 5_000 });
  const token = randomBytes(24).toString("base64url");
  const now = new Date();
  raw
    .prepare(`INSERT INTO "Session" (id, "expiresAt", "lastActiveAt", token, "createdAt", "updatedAt", "userId") VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(randomBytes(12).toString("hex"), stored(new Date(now.getTime() + 12 * 3_600_000)), stored(now), token, stored(now), stored(now), CLINICIAN.id);
  raw.close();
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return `ks.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

/** The row 500 pages down the newest-first list, as the cursor of the page after it; and that page's first row. */
function deepCursor(file: string): { after: string; firstId: string } {
  const raw = new Database(file, { readonly: true });
  const rows = raw
    .prepare(`SELECT id, "createdAt" FROM "Screening" ORDER BY "createdAt" DESC, id DESC LIMIT 2 OFFSET ?`)
    .all(DEEP_PAGES * PAGE_SIZE - 1) as { id: string; createdAt: string }[];
  raw.close();
  const [last, first] = rows;
  if (!last || !first) throw new Error("Too few screenings for a deep page");
  return { after: encodeListCursor({ createdAt: new Date(last.createdAt), id: last.id }), firstId: first.id };
}

function startServer(file: string, secret: string): Promise<ChildProcess> {
  const profile = CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [];
  const server = spawn(process.execPath, [...profile, "--import", "tsx", "scripts/http-server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(PORT),
      DATABASE_URL: `file:${file}`,
      AUTH_SECRET: secret,
      APP_URL: ORIGIN,
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The server did not start within 120 s")), 120_000);
    server.once("exit", (code) => reject(new Error(`The server exited (code ${code}) before listening`)));
    server.on("message", (message) => {
      if ((message as { type?: unknown }).type !== "listening") return;
      clearTimeout(timer);
      server.removeAllListeners("exit");
      resolve(server);
    });
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

interface Route {
  readonly label: string;
  /** One request, with what its answer must show; a wrong answer stops the benchmark (no timing of errors). */
  readonly request: (i: number) => { path: string; init?: RequestInit; expect: (body: string) => boolean; kind?: string };
}

interface Timings {
  readonly all: number[];
  /** Per kind of request, where a route times several (the patient search's kinds of query). */
  readonly byKind: Map<string, number[]>;
}

async function timeRoute(route: Route, cookie: string): Promise<Timings> {
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const { path, init, expect, kind } = route.request(i);
    const start = performance.now();
    const response = await fetch(ORIGIN + path, { ...init, redirect: "manual", headers: { ...init?.headers, cookie } });
    const body = await response.text();
    const elapsed = performance.now() - start;
    if (response.status !== 200 || !expect(body)) throw new Error(`${route.label}: unexpected answer ${response.status} from ${path}`);
    if (i < WARM_UP) continue;
    times.push(elapsed);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
  }
  for (const kindTimes of byKind.values()) kindTimes.sort((a, b) => a - b);
  return { all: times.sort((a, b) => a - b), byKind };
}

function printRow(label: string, times: readonly number[]): void {
  const p95 = percentile(times, 95);
  const verdict = p95 < BUDGET_MS ? "PASS" : "FAIL";
  console.log(`  ${label.padEnd(36)} ${ms(percentile(times, 50)).padStart(9)} ${ms(p95).padStart(9)} ${ms(times.at(-1)!).padStart(9)}  ${verdict}`);
}

/** The screenings a list page links to (the seeded ids are `s` and seven digits). */
const rowsOf = (html: string) => html.match(/href="\/screenings\/s\d{7}"/g)?.length ?? 0;

let server: ChildProcess | undefined;
const scratch = await openScratchDatabase(KEEP, "ketamine-bench-pages-");
const cleanUp = async () => {
  if (server) await stopServer(server);
  await scratch.close();
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the server and removing the scratch database`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  if (scratch.reused) console.log(`reusing ${scratch.file}`);
  else seed(scratch.file);
  const secret = randomBytes(32).toString("base64url");
  const cookie = signIn(scratch.file, secret);
  const deep = deepCursor(scratch.file);
  const queryKinds = Object.entries(patientQueryKinds(next, PATIENTS));
  const queries = Array.from({ length: WARM_UP + RUNS }, (_, i) => {
    const [kind, query] = queryKinds[i % queryKinds.length]!;
    return { kind, q: query() };
  });

  buildIfNeeded(root);
  server = await startServer(scratch.file, secret);
  const routes: Route[] = [
    {
      label: "/screenings (first page)",
      request: () => ({ path: "/screenings", expect: (html) => rowsOf(html) === PAGE_SIZE }),
    },
    {
      label: `/screenings?after= (page ${DEEP_PAGES + 1})`,
      request: () => ({
        path: `/screenings?after=${deep.after}`,
        expect: (html) => rowsOf(html) === PAGE_SIZE && html.includes(`href="/screenings/${deep.firstId}"`),
      }),
    },
    {
      label: "/screenings?signer= (first page)",
      request: () => ({ path: `/screenings?signer=${SIGNERS[1]!.id}`, expect: (html) => rowsOf(html) === PAGE_SIZE && html.includes(SIGNERS[1]!.name) }),
    },
    {
      label: "POST /api/patients/search",
      request: (i) => ({
        path: "/api/patients/search",
        init: { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify({ q: queries[i]!.q }) },
        expect: (json) => Array.isArray((JSON.parse(json) as { patients?: unknown }).patients),
        kind: queries[i]!.kind,
      }),
    },
    {
      label: "/screenings/new",
      request: () => ({ path: "/screenings/new", expect: (html) => html.includes("New screening") }),
    },
  ];
  console.log(`\n${RUNS} sequential requests per route after ${WARM_UP} to warm up, production build on ${ORIGIN}:`);
  console.log(`  ${"route".padEnd(36)} ${"median".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)}  p95 < ${BUDGET_MS} ms`);
  for (const route of routes) {
    const { all, byKind } = await timeRoute(route, cookie);
    printRow(route.label, all);
    for (const [kind, times] of byKind) printRow(`  ${kind} (${times.length})`, times);
  }
} finally {
  await cleanUp();
}
