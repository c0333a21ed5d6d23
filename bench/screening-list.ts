/**
 * Time of `listScreenings` (one page of 50, as `/screenings` asks) with 100,000 screenings of 50,000 patients in
 * a scratch SQLite file: the first page, a deep page (a cursor 90% of the way down), and the first page of each
 * filter; median and 95th percentile over repeated reads. Prints figures only (no pass/fail): machine load makes
 * timings noisy. This measures the data-access call, not a whole HTTP request on a production build.
 * Run: npm run bench:list [-- --screenings 100000 --keep /tmp/list.db]
 */
import { getDb } from "@/lib/db/client.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import type { Actor } from "@/lib/db/types";
import type { ScreeningListQuery } from "@/lib/screening/list-filter";
import { dayRangeBounds } from "@/lib/validation/query-params";

import { ms, openScratchDatabase, option, percentile, random } from "./support/figures";

const SCREENINGS = Number(option("--screenings") ?? "") || 100_000;
const PATIENTS = Math.max(1, Math.floor(SCREENINGS / 2));
const KEEP = option("--keep");
const RUNS = 100;
const PAGE = 50;
const BATCH = 2_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 0, 1);
const ACTOR: Actor = { userId: "bench-clinician", email: "bench@test.invalid", ipAddress: "127.0.0.1" };
const next = random(20261126);
const SEVERITIES = ["critical", "warning", "info"] as const;

async function seed(): Promise<void> {
  const db = await getDb();
  const started = performance.now();
  for (let from = 0; from < PATIENTS; from += BATCH) {
    await db.patient.createMany({
      data: Array.from({ length: Math.min(BATCH, PATIENTS - from) }, (_, i) => ({
        id: `p${from + i}`,
        fullName: `Patient ${from + i}`,
        dateOfBirth: "1975-06-15",
        sexAtBirth: "female",
      })),
    });
  }
  for (let from = 0; from < SCREENINGS; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, SCREENINGS - from) }, (_, i) => {
      const n = from + i;
      const highestSeverity = SEVERITIES[Math.floor(next() * 3)]!;
      return {
        id: `s${String(n).padStart(7, "0")}`,
        submissionId: `sub-${n}`,
        patientId: `p${Math.floor(next() * PATIENTS)}`,
        input: { patient: { fullName: `Patient ${n}`, dateOfBirth: "1975-06-15", medicalRecordNumber: `MRN-${n}` } },
        systolic: 120,
        diastolic: 80,
        heartRate: 70,
        course: "single",
        status: next() < 0.5 ? "awaiting-review" : "signed",
        highestSeverity,
        rulesVersion: "bench",
        // About two years of screenings.
        createdAt: new Date(START + Math.floor(next() * 700 * DAY_MS)),
        decisions: highestSeverity === "info" ? 0 : 1 + Math.floor(next() * 3),
      };
    });
    await db.screening.createMany({ data: rows.map((row) => ({ ...row, decisions: undefined })) });
    await db.flag.createMany({
      data: rows.flatMap((row) =>
        Array.from({ length: row.decisions + 9 }, (_, position) => ({
          screeningId: row.id,
          position,
          ruleId: `rule-${position}`,
          severity: position < row.decisions ? row.highestSeverity : "info",
          summary: "Bench",
          reasons: [],
          source: [],
        })),
      ),
    });
  }
  console.log(
    `${SCREENINGS.toLocaleString("en-US")} screenings (with about ${(SCREENINGS * 10).toLocaleString("en-US")} flags) of ` +
      `${PATIENTS.toLocaleString("en-US")} patients inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function time(label: string, query: ScreeningListQuery): Promise<void> {
  for (let i = 0; i < 5; i += 1) await listScreenings(ACTOR, query, { limit: PAGE });
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const page = await listScreenings(ACTOR, query, { limit: PAGE });
    times.push(performance.now() - start);
    rows = page.items.length;
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(36)} median ${ms(percentile(times, 50)).padStart(9)}  p95 ${ms(percentile(times, 95)).padStart(9)}  (${rows} rows)`);
}

const scratch = await openScratchDatabase(KEEP, "ketamine-bench-list-");
try {
  const { file, reused: reuse } = scratch;
  const db = await getDb();
  if (reuse) console.log(`reusing ${file}: ${(await db.screening.count()).toLocaleString("en-US")} screenings`);
  else await seed();

  // A cursor 90% of the way down the newest-first order: what "Next" reaches after many pages.
  const deep = await db.screening.findFirst({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: Math.floor(SCREENINGS * 0.9),
    select: { createdAt: true, id: true },
  });
  const somePatient = await db.screening.findFirst({ select: { patientId: true } });

  console.log(`listScreenings, ${PAGE} rows a page, ${RUNS} reads each:`);
  await time("first page, newest first", { sort: "newest" });
  await time("first page, oldest first", { sort: "oldest" });
  if (deep) await time("deep page (cursor at 90%)", { sort: "newest", after: deep });
  await time("status: signed", { sort: "newest", status: "signed" });
  await time("highest severity: critical", { sort: "newest", severity: "critical" });
  await time("one month", { sort: "newest", ...dayRangeBounds("2025-06-01", "2025-06-30") });
  if (somePatient) await time("one patient", { sort: "newest", patientId: somePatient.patientId });
  await time("severity and status and a month", {
    sort: "newest",
    severity: "warning",
    status: "awaiting-review",
    ...dayRangeBounds("2025-06-01", "2025-06-30"),
  });
} finally {
  await scratch.close();
}
