/**
 * Whole pages and downloads on a production build, timed over HTTP as a signed-in clinician's browser asks for
 * them, with 100,000 screenings of 50,000 patients in a scratch SQLite file (issue 10): the screening list's
 * first page, a deep page (500 pages in, by its cursor), the list filtered by signer, the patient search
 * (`POST /api/patients/search`, the request the search box makes), `/screenings/new`, the history of a patient
 * with 50 screenings (`/patients/<id>`), the result page of the screening awaiting review with the most flags
 * (`/screenings/<id>`) and its PDF (`/screenings/<id>/pdf`). Sequential requests after a warm-up; prints median,
 * p95, max and size per route, whether p95 is under the 100 ms budget, and the server's CPU time per request
 * (less disturbed than response times when other work shares the machine). Then the list's first page again,
 * while PDFs are rendered one after another beside it: what a PDF costs the other clinicians.
 *
 * Then the list's CSV export (`/screenings/export.csv?from=…`) of about 10,000 rows, downloaded one after
 * another: time, time to the first byte, bytes and rows, with the server's resident set (VmRSS, sampled every
 * 20 ms) before, at its peak during and after each download. The server's memory is printed at start, after the
 * warm-up, after each route and at the end, with its high-water mark (VmHWM), so growth shows. Every figure is
 * also written to data/bench/pages.json. Not a test: it never fails on speed.
 *
 * It builds the app only when the sources changed since the last build (as `npm start` does), serves it with
 * the app's own HTTP server on 127.0.0.1:3510, and stops the server and removes the scratch file at the end, on
 * failure and on Ctrl-C. The data is made by bench/support/pages-seed.ts.
 * Run: npm run bench:pages [-- --runs 200 --csv-runs 5 --keep /tmp/pages.db --cpu-prof /tmp/profiles]
 * (`--cpu-prof` writes the server's V8 CPU profile there when it stops, for Chrome's DevTools.)
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";

import { ensureBuilt, startAppServer, type AppServer } from "@/tests/support/app-server";

import { cpuMsOf, memoryOf, rssSampler, type RssSampler } from "./support/bench-server";
import { ms, openScratchDatabase, option, percentile, random } from "./support/figures";
import { writeFigures } from "./support/write-figures";
import { findRecords, HISTORY_LENGTH, PAGE_SIZE, PATIENTS, SCREENINGS, seed, signIn, SIGNERS } from "./support/pages-seed";
import { patientQueryKinds } from "./support/synthetic-patients";

const RUNS = Number(option("--runs") ?? "") || 200;
const WARM_UP = 20;
const CSV_RUNS = Number(option("--csv-runs") ?? "") || 5;
const CSV_ROWS = 10_000;
const KEEP = option("--keep");
const CPU_PROFILE_DIR = option("--cpu-prof");
const PORT = 3510;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BUDGET_MS = 100;
const DEEP_PAGES = 500;
const next = random(20261126);

interface Route {
  readonly label: string;
  /** One request, with what its answer must show; a wrong answer stops the benchmark (no timing of errors). */
  readonly request: (i: number) => { path: string; init?: RequestInit; expect: (body: string) => boolean; kind?: string };
}

interface Answer {
  readonly ms: number;
  readonly bytes: number;
  readonly kind?: string;
}

async function ask(route: Route, i: number, cookie: string): Promise<Answer> {
  const { path: url, init, expect, kind } = route.request(i);
  const start = performance.now();
  const response = await fetch(ORIGIN + url, { ...init, redirect: "manual", headers: { ...init?.headers, cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  const elapsed = performance.now() - start;
  if (response.status !== 200 || !expect(body.toString("utf8"))) throw new Error(`${route.label}: unexpected answer ${response.status} from ${url}`);
  return { ms: elapsed, bytes: body.length, kind };
}

/** Median, p95 and max of sorted times, and the median size. */
function figuresOf(answers: readonly Answer[]) {
  const times = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  const sizes = answers.map((answer) => answer.bytes).sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  return { runs: times.length, medianMs: percentile(times, 50), p95Ms: p95, maxMs: times.at(-1)!, bytes: percentile(sizes, 50), withinBudget: p95 < BUDGET_MS };
}
type Figures = ReturnType<typeof figuresOf>;

const mb = (value: number) => `${value.toFixed(0)} MB`;
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`);

function printRow(label: string, figures: Figures, server?: { cpuMsPerRequest: number; rssAfterMb: number }): void {
  const cells = [ms(figures.medianMs).padStart(9), ms(figures.p95Ms).padStart(9), ms(figures.maxMs).padStart(9), size(figures.bytes).padStart(8)];
  const verdict = (figures.withinBudget ? "PASS" : "FAIL").padEnd(12);
  const serverCells = server ? `${ms(server.cpuMsPerRequest).padStart(9)} ${mb(server.rssAfterMb).padStart(9)}` : "";
  console.log(`  ${label.padEnd(38)} ${cells.join(" ")}  ${verdict} ${serverCells}`);
}

/** The screenings a list page links to (the seeded ids are `s` and seven digits). */
const rowsOf = (html: string) => html.match(/href="\/screenings\/s\d{7}"/g)?.length ?? 0;

interface CsvRun {
  readonly ms: number;
  readonly firstByteMs: number;
  readonly bytes: number;
  readonly rows: number;
  readonly cpuMs: number;
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly rssAfterMb: number;
}

/** One CSV download, read to its end while the sampler watches the server; its rows counted by their ids. */
async function downloadCsv(url: string, cookie: string, pid: number, sampler: RssSampler): Promise<CsvRun> {
  const rssBeforeMb = memoryOf(pid).rssMb;
  const cpuBefore = cpuMsOf(pid);
  sampler.peakSince();
  const start = performance.now();
  const response = await fetch(ORIGIN + url, { redirect: "manual", headers: { cookie } });
  const firstByteMs = performance.now() - start;
  const body = Buffer.from(await response.arrayBuffer());
  const elapsed = performance.now() - start;
  const { peakMb } = sampler.peakSince();
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/csv")) throw new Error(`CSV: unexpected answer ${response.status} from ${url}`);
  const rows = body.toString("utf8").match(/\r\ns\d{7},/g)?.length ?? 0;
  return { ms: elapsed, firstByteMs, bytes: body.length, rows, cpuMs: cpuMsOf(pid) - cpuBefore, rssBeforeMb, rssPeakMb: peakMb, rssAfterMb: memoryOf(pid).rssMb };
}

let server: AppServer | undefined;
let sampler: RssSampler | undefined;
const scratch = await openScratchDatabase(KEEP, "ketamine-bench-pages-");
const cleanUp = async () => {
  sampler?.stop();
  await server?.stop();
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
  else seed(scratch.file, next);
  const secret = randomBytes(32).toString("base64url");
  const cookie = signIn(scratch.file, secret);
  const records = findRecords(scratch.file, DEEP_PAGES, CSV_ROWS);
  const queryKinds = Object.entries(patientQueryKinds(next, PATIENTS));
  const queries = Array.from({ length: WARM_UP + RUNS }, (_, i) => {
    const [kind, query] = queryKinds[i % queryKinds.length]!;
    return { kind, q: query() };
  });
  const flagged = `/screenings/${records.flagged.id}`;
  const routes: Route[] = [
    {
      label: "/screenings (first page)",
      request: () => ({ path: "/screenings", expect: (html) => rowsOf(html) === PAGE_SIZE }),
    },
    {
      label: `/screenings?after= (page ${DEEP_PAGES + 1})`,
      request: () => ({
        path: `/screenings?after=${records.deep.after}`,
        expect: (html) => rowsOf(html) === PAGE_SIZE && html.includes(`href="/screenings/${records.deep.firstId}"`),
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
    {
      label: `/patients/[id] (${HISTORY_LENGTH} screenings)`,
      request: () => ({ path: `/patients/${records.historyPatientId}`, expect: (html) => html.includes(`Screenings (${HISTORY_LENGTH})`) }),
    },
    {
      label: `/screenings/[id] (${records.flagged.flags} flags)`,
      request: () => ({ path: flagged, expect: (html) => html.includes(`href="${flagged}/pdf"`) }),
    },
    {
      label: "/screenings/[id]/pdf",
      request: () => ({ path: `${flagged}/pdf`, expect: (pdf) => pdf.startsWith("%PDF-") }),
    },
  ];

  ensureBuilt();
  const loadBefore = loadavg();
  server = await startAppServer({
    port: PORT,
    databaseUrl: `file:${scratch.file}`,
    authSecret: secret,
    nodeFlags: CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [],
  });
  const pid = server.process.pid!;
  sampler = rssSampler(pid);
  const start = memoryOf(pid);
  console.log(`\nserver (pid ${pid}) listening on ${ORIGIN}: ${mb(start.rssMb)} resident`);

  for (const route of routes) for (let i = 0; i < WARM_UP; i += 1) await ask(route, i, cookie);
  const afterWarmUp = memoryOf(pid);
  sampler.peakSince();
  console.log(`after ${WARM_UP} requests per route to warm up: ${mb(afterWarmUp.rssMb)} resident`);

  console.log(`\n${RUNS} sequential requests per route, production build:`);
  console.log(
    `  ${"route".padEnd(38)} ${"median".padStart(9)} ${"p95".padStart(9)} ${"max".padStart(9)} ${"size".padStart(8)}  p95 < ${BUDGET_MS} ms ` +
      `${"CPU/req".padStart(9)} ${"RSS after".padStart(9)}`,
  );
  const results: (Figures & { label: string; cpuMsPerRequest: number; rssAfterMb: number; byKind?: Record<string, Figures> })[] = [];
  for (const route of routes) {
    const answers: Answer[] = [];
    const cpuBefore = cpuMsOf(pid);
    for (let i = WARM_UP; i < WARM_UP + RUNS; i += 1) answers.push(await ask(route, i, cookie));
    const server = { cpuMsPerRequest: (cpuMsOf(pid) - cpuBefore) / RUNS, rssAfterMb: memoryOf(pid).rssMb };
    const figures = figuresOf(answers);
    printRow(route.label, figures, server);
    const kinds = [...new Set(answers.flatMap((answer) => (answer.kind ? [answer.kind] : [])))];
    const byKind = Object.fromEntries(kinds.map((kind) => [kind, figuresOf(answers.filter((answer) => answer.kind === kind))]));
    for (const [kind, kindFigures] of Object.entries(byKind)) printRow(`  ${kind} (${kindFigures.runs})`, kindFigures);
    results.push({ label: route.label, ...figures, ...server, ...(kinds.length > 0 ? { byKind } : {}) });
  }
  const afterRoutes = memoryOf(pid);
  const peakDuringRoutesMb = sampler.peakSince().peakMb;

  // What a PDF costs everyone else: the list's first page timed while PDFs are rendered one after another.
  const listRoute = routes[0]!;
  const pdfRoute = routes.at(-1)!;
  let renderingPdfs = true;
  let pdfsRendered = 0;
  const pdfLoop = (async () => {
    for (let i = 0; renderingPdfs; i += 1) {
      await ask(pdfRoute, i, cookie);
      pdfsRendered += 1;
    }
  })();
  const duringPdfs: Answer[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) duringPdfs.push(await ask(listRoute, i, cookie));
  } finally {
    renderingPdfs = false;
    await pdfLoop;
  }
  const listDuringPdfs = { ...figuresOf(duringPdfs), pdfsRendered };
  printRow(`${listRoute.label} while PDFs render`, listDuringPdfs);
  console.log(`  (${pdfsRendered} PDFs rendered meanwhile, one after another)`);

  const csvUrl = `/screenings/export.csv?from=${records.csv.from}`;
  console.log(`\nCSV export ${csvUrl}: ${records.csv.rows.toLocaleString("en-US")} rows expected, 1 download to warm up, then ${CSV_RUNS}:`);
  console.log(`  ${"".padEnd(6)} ${"time".padStart(10)} ${"1st byte".padStart(10)} ${"size".padStart(8)} ${"rows".padStart(7)} ${"CPU".padStart(10)}   RSS before → peak → after`);
  const csvRuns: CsvRun[] = [];
  for (let i = 0; i <= CSV_RUNS; i += 1) {
    const run = await downloadCsv(csvUrl, cookie, pid, sampler);
    if (run.rows !== records.csv.rows) throw new Error(`CSV: ${run.rows} rows, not ${records.csv.rows}`);
    console.log(
      `  ${(i === 0 ? "warm" : `#${i}`).padEnd(6)} ${ms(run.ms).padStart(10)} ${ms(run.firstByteMs).padStart(10)} ${size(run.bytes).padStart(8)} ` +
        `${String(run.rows).padStart(7)} ${ms(run.cpuMs).padStart(10)}   ${mb(run.rssBeforeMb)} → ${mb(run.rssPeakMb)} → ${mb(run.rssAfterMb)}`,
    );
    if (i > 0) csvRuns.push(run);
  }
  sampler.stop();
  const end = memoryOf(pid);
  const csvTimes = csvRuns.map((run) => run.ms).sort((a, b) => a - b);
  const csv = {
    url: csvUrl,
    rows: records.csv.rows,
    bytes: csvRuns[0]!.bytes,
    medianMs: percentile(csvTimes, 50),
    maxMs: csvTimes.at(-1)!,
    rssPeakMb: Math.max(...csvRuns.map((run) => run.rssPeakMb)),
    rssGrowthMb: Math.max(...csvRuns.map((run) => run.rssPeakMb - run.rssBeforeMb)),
    runs: csvRuns,
  };
  const loadAfter = loadavg();
  console.log(`  CSV median ${ms(csv.medianMs)}, max ${ms(csv.maxMs)}; server peak ${mb(csv.rssPeakMb)}, at most ${mb(csv.rssGrowthMb)} above its level before a download`);

  const both = (memory: { rssMb: number; anonMb: number }) => `${mb(memory.rssMb)} (${mb(memory.anonMb)} anonymous)`;
  console.log(
    `\nserver resident set: start ${both(start)}, after warm-up ${both(afterWarmUp)}, after the routes ${both(afterRoutes)} ` +
      `(peak ${mb(peakDuringRoutesMb)} while timed), after the CSV downloads ${both(end)}; high-water mark ${mb(end.hwmMb)}`,
  );
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(", ");
  console.log(`load average (1, 5, 15 min): ${load(loadBefore)} before, ${load(loadAfter)} after (the machine may be shared: timings are noisy)`);

  writeFigures("pages", {
    screenings: SCREENINGS,
    patients: PATIENTS,
    runs: RUNS,
    warmUp: WARM_UP,
    budgetMs: BUDGET_MS,
    loadAverage: { before: loadBefore, after: loadAfter },
    routes: results,
    listDuringPdfs,
    csv,
    memoryMb: { start, afterWarmUp, afterRoutes, peakDuringRoutes: peakDuringRoutesMb, end },
  });
} finally {
  await cleanUp();
}
