/**
 * `npm run bench`: every benchmark of issue 10 in turn against the production build (each builds it first when the
 * sources changed), then one table of the figures against the targets, also written to
 * data/bench/summary.json. Figures, not a test: it never fails on speed (the JavaScript budget's check is the
 * test tests/e2e/javascript-budget.spec.ts). Each benchmark prints its own full table as it runs; a benchmark that
 * fails is reported and the rest still run. Takes about 15 minutes; on a shared machine timings are noisy.
 * Run: npm run bench [-- --only assess,api]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { FIGURES_DIR, writeFigures } from "./support/write-figures";

interface Step {
  readonly name: string;
  readonly script: string;
}

const STEPS: readonly Step[] = [
  { name: "assess", script: "bench:assess" },
  { name: "javascript", script: "bench:js" },
  { name: "api", script: "bench:api" },
  { name: "pages", script: "bench:pages" },
  { name: "lighthouse", script: "bench:lighthouse" },
];

interface Row {
  readonly measure: string;
  readonly figure: string;
  readonly target: string;
  /** null when the figure is missing (its benchmark did not run or failed). */
  readonly met: boolean | null;
}

type Json = Record<string, unknown>;

const startedAt = Date.now();
/** Names of the benchmarks whose figures come from an earlier run (not run now, or failed). */
const earlier = new Set<string>();

function readFigures(name: string): Json | null {
  const file = path.join(FIGURES_DIR, `${name}.json`);
  if (!existsSync(file)) return null;
  const figures = JSON.parse(readFileSync(file, "utf8")) as Json;
  if (!(Date.parse(String(figures.measuredAt)) >= startedAt)) earlier.add(name);
  return figures;
}

const asNumber = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const whole = (value: number) => Math.round(value).toLocaleString("en-US");

function row(measure: string, value: number | null, format: (value: number) => string, target: string, meets: (value: number) => boolean): Row {
  return value === null ? { measure, figure: "not measured", target, met: null } : { measure, figure: format(value), target, met: meets(value) };
}

function summarise(): Row[] {
  const assess = readFigures("assess");
  const api = readFigures("api");
  const pages = readFigures("pages");
  const javascript = readFigures("javascript");
  const lighthouse = readFigures("lighthouse");

  const create = asArray(api?.results)[0];
  const route = (prefix: string) => asArray(pages?.routes).find((entry) => String(entry.label).startsWith(prefix));
  const csv = (pages?.csv ?? null) as Json | null;
  const overBudget = asArray(javascript?.pages).filter((page) => Number(page.gzipBytes) > Number(page.budgetKilobytes) * 1000);
  // Mobile: Lighthouse's default, and the stricter of its two presets.
  const formPage = asArray(lighthouse?.results).find((result) => result.page === "/screenings/new" && result.device === "mobile");
  const score = (category: string) => asNumber(((formPage?.median as Json | undefined)?.scores as Json | undefined)?.[category]);

  return [
    row("assess() per second, one core", asNumber(assess?.medianPerSecond), (value) => `${whole(value)}/s`, "> 500,000/s", (value) => value > 500_000),
    row("API create p99, 20 connections, SQLite", asNumber(create?.p99Ms), (value) => `${whole(value)} ms`, "< 50 ms", (value) => value < 50),
    row(
      "API create / Next.js floor (req/s)",
      asNumber((api?.ratios as Json | undefined)?.createToNextFloor),
      (value) => value.toFixed(2),
      "≥ 0.75",
      (value) => value >= 0.75,
    ),
    row("list page p95, 100,000 screenings", asNumber(route("/screenings (first")?.p95Ms), (value) => `${value.toFixed(1)} ms`, "< 100 ms", (value) => value < 100),
    row("list deep page p95 (by cursor)", asNumber(route("/screenings?after=")?.p95Ms), (value) => `${value.toFixed(1)} ms`, "< 100 ms", (value) => value < 100),
    row(
      `CSV of ${whole(asNumber(csv?.rows) ?? 0)} rows: server memory above its level`,
      asNumber(csv?.rssGrowthMb),
      (value) => `+${value.toFixed(0)} MB`,
      "flat (≤ +64 MB)",
      (value) => value <= 64,
    ),
    row(
      "pages over their JavaScript budget",
      javascript ? overBudget.length : null,
      (value) => `${value} of ${asArray(javascript?.pages).length}`,
      "0 (150 kB; form 170 kB)",
      (value) => value === 0,
    ),
    row("Lighthouse performance, form page (mobile)", score("performance"), (value) => whole(value), "≥ 95", (value) => value >= 95),
    row("Lighthouse accessibility, form page (mobile)", score("accessibility"), (value) => whole(value), "100", (value) => value === 100),
  ];
}

function printTable(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((entry) => entry.measure.length));
  console.log(`\n${"measure".padEnd(width)}  ${"figure".padStart(14)}  ${"target".padEnd(24)}  met`);
  for (const entry of rows) {
    const met = entry.met === null ? "–" : entry.met ? "yes" : "NO";
    console.log(`${entry.measure.padEnd(width)}  ${entry.figure.padStart(14)}  ${entry.target.padEnd(24)}  ${met}`);
  }
}

const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1]?.split(",") : undefined;
const failed: string[] = [];
for (const step of STEPS.filter((candidate) => !only || only.includes(candidate.name))) {
  console.log(`\n=== npm run ${step.script} ===`);
  const run = spawnSync("npm", ["run", "--silent", step.script], { stdio: "inherit" });
  if (run.status !== 0) failed.push(step.script);
}

const rows = summarise();
printTable(rows);
if (failed.length > 0) console.log(`\nfailed to run: ${failed.join(", ")}`);
if (earlier.size > 0) console.log(`figures from an earlier run (not measured now): ${[...earlier].join(", ")}`);
writeFigures("summary", { failed, fromEarlierRuns: [...earlier], rows });
