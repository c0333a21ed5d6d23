/**
 * Time of `searchPatients` with 100,000 patients in a scratch SQLite file: median and 95th percentile over 200
 * queries of different kinds, overall and per kind. Prints figures only (no pass/fail): machine load makes
 * timings noisy, so compare runs on the same machine. Run: npm run bench:search [-- --patients 100000]
 *
 * The patients are synthetic (generated names, birth dates and record numbers from a fixed seed). The file is
 * created in the system's temporary folder and removed afterwards, unless `--keep <file>` names where to keep
 * it (a later run with the same `--keep` reuses it and skips the slow insert).
 */
import { getDb } from "@/lib/db/client.server";
import { searchPatients } from "@/lib/db/search-patients.server";
import type { Actor } from "@/lib/db/types";
import { patientSearchText } from "@/lib/patients/fold-search-text";

import { ms, openScratchDatabase, option, percentile, random } from "./support/figures";
import { patientQueryKinds, syntheticPatient } from "./support/synthetic-patients";

const PATIENTS = Number(option("--patients") ?? "") || 100_000;
const KEEP = option("--keep");
const QUERIES = 200;
const WARM_UP = 10;
const INSERT_BATCH = 2_000;
const ACTOR: Actor = { userId: "bench-clinician", email: "bench@test.invalid", ipAddress: "127.0.0.1" };

const next = random(20261125);
const patient = (n: number) => syntheticPatient(next, n);
const KINDS = patientQueryKinds(next, PATIENTS);
type Kind = keyof typeof KINDS;


const scratch = await openScratchDatabase(KEEP, "ketamine-bench-search-");
try {
  const { file, reused: reuse } = scratch;
  const db = await getDb();
  if (reuse) {
    console.log(`reusing ${file}: ${(await db.patient.count()).toLocaleString("en-US")} patients`);
    // The same generated patients as when the file was made, so that the queries below are the same too.
    for (let n = 1; n <= PATIENTS; n += 1) patient(n);
  } else {
    const insertStart = performance.now();
    for (let from = 1; from <= PATIENTS; from += INSERT_BATCH) {
      const rows = Array.from({ length: Math.min(INSERT_BATCH, PATIENTS - from + 1) }, (_, index) => {
        const generated = patient(from + index);
        return { ...generated, searchText: patientSearchText(generated.fullName, generated.medicalRecordNumber) };
      });
      await db.patient.createMany({ data: rows });
    }
    console.log(`${PATIENTS.toLocaleString("en-US")} patients inserted in ${((performance.now() - insertStart) / 1000).toFixed(1)} s (SQLite file ${file})`);
  }

  const kinds = Object.keys(KINDS) as Kind[];
  const queries = Array.from({ length: QUERIES }, (_, index) => {
    const kind = kinds[index % kinds.length]!;
    return { kind, query: KINDS[kind]() };
  });
  for (const { query } of queries.slice(0, WARM_UP)) await searchPatients(ACTOR, query);

  const times = new Map<Kind, number[]>(kinds.map((kind) => [kind, []]));
  const found = new Map<Kind, number>(kinds.map((kind) => [kind, 0]));
  let heapPeak = 0;
  for (const { kind, query } of queries) {
    const start = performance.now();
    const results = await searchPatients(ACTOR, query);
    times.get(kind)!.push(performance.now() - start);
    found.set(kind, found.get(kind)! + results.length);
    // With --expose-gc, what the search keeps (garbage collected first); without it, garbage counts too.
    (globalThis as { gc?: () => void }).gc?.();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }

  const all = [...times.values()].flat().sort((a, b) => a - b);
  console.log(`searchPatients over ${QUERIES} queries: median ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, max ${ms(all.at(-1) ?? Number.NaN)}`);
  for (const kind of kinds) {
    const sorted = [...times.get(kind)!].sort((a, b) => a - b);
    const average = found.get(kind)! / sorted.length;
    console.log(`  ${kind.padEnd(32)} ${String(sorted.length).padStart(3)} queries  median ${ms(percentile(sorted, 50)).padStart(9)}  p95 ${ms(percentile(sorted, 95)).padStart(9)}  ${average.toFixed(1)} results on average`);
  }
  const collected = typeof (globalThis as { gc?: unknown }).gc === "function";
  console.log(`heap in use at most ${(heapPeak / 1024 / 1024).toFixed(0)} MB after a query (${collected ? "after garbage collection" : "garbage included; run with NODE_OPTIONS=--expose-gc to see what stays"})`);
} finally {
  await scratch.close();
}
