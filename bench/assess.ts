/**
 * Throughput of `assess` over a fixed set of generated screenings. Prints figures only (no pass/fail): machine
 * load makes timings noisy, so compare runs on the same machine. Run: npm run bench:assess (writes data/bench/assess.json).
 *
 * Each figure is given twice: per second of wall time, and per second of this process's CPU time. On a shared
 * machine other processes take the CPU away for part of every round, which lowers the first and barely moves the
 * second, so compare CPU figures between runs made while the machine was busy.
 */
import fc from "fast-check";

import { assess } from "../lib/rules";
import type { ScreeningInput } from "../lib/screening/schema";
import { HIGH_RISK_INPUT } from "../tests/support/high-risk-screening";
import { screeningInputArbitrary } from "../tests/support/screening-arbitrary";
import { BASELINE_SCREENING } from "../tests/support/screening-factory";

import { writeFigures } from "./support/write-figures";

const INPUT_COUNT = 1_000;
const WARM_UP_MS = 1_000;
const ROUND_MS = 1_000;
const ROUNDS = 5;

// A fixed seed: every run assesses the same screenings.
const inputs = fc.sample(screeningInputArbitrary, { numRuns: INPUT_COUNT, seed: 20261125 });

/** CPU time this process has used (user and system), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Assesses the inputs round-robin for about `durationMs`; returns the count done and the wall and CPU time taken. */
function run(durationMs: number, over: readonly ScreeningInput[] = inputs): { count: number; elapsedMs: number; cpuElapsedMs: number; flags: number } {
  let count = 0;
  let flags = 0; // consumed so the work cannot be optimised away
  const start = performance.now();
  const cpuStart = cpuMs();
  let now = start;
  while (now - start < durationMs) {
    for (const input of over) flags += assess(input).flags.length;
    count += over.length;
    now = performance.now();
  }
  return { count, elapsedMs: now - start, cpuElapsedMs: cpuMs() - cpuStart, flags };
}

const format = (n: number) => Math.round(n).toLocaleString("en-US");
const medianOf = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

run(WARM_UP_MS);
const rates: number[] = [];
const cpuRates: number[] = [];
let assessed = 0;
let flagsRaised = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const { count, elapsedMs, cpuElapsedMs, flags } = run(ROUND_MS);
  assessed += count;
  flagsRaised += flags;
  const rate = (count / elapsedMs) * 1000;
  const cpuRate = (count / cpuElapsedMs) * 1000;
  rates.push(rate);
  cpuRates.push(cpuRate);
  console.log(
    `round ${round}: ${format(rate)} assessments/s (${format(count)} in ${elapsedMs.toFixed(0)} ms; ` +
      `${format(cpuRate)} per CPU-second)`,
  );
}
const sorted = [...rates].sort((a, b) => a - b);
const median = medianOf(rates);
console.log(
  `assess(): median ${format(median)} assessments/s (${(1e6 / median).toFixed(2)} µs each), ` +
    `min ${format(sorted[0] ?? 0)}, max ${format(sorted.at(-1) ?? 0)}; ` +
    `${INPUT_COUNT} distinct inputs, ${ROUNDS} × ${ROUND_MS} ms rounds after ${WARM_UP_MS} ms warm-up; ` +
    `${(flagsRaised / assessed).toFixed(1)} flags per assessment; node ${process.version}`,
);
console.log(`assess(): median ${format(medianOf(cpuRates))} assessments per CPU-second`);
// The generated screenings answer most questions at random, so they raise about twice the flags of a real
// patient's: they are the worst case. Each flag costs its reasons' text and a few objects, so the rate depends
// on how many are raised; two fixed screenings show the range.
const FIXED_INPUTS = { "low-risk adult (tests' baseline)": BASELINE_SCREENING, "high-risk (tests' fixture)": HIGH_RISK_INPUT };
const byInput: Record<string, { perCpuSecond: number; flags: number }> = {};
for (const [name, input] of Object.entries(FIXED_INPUTS)) {
  const repeated = Array.from({ length: INPUT_COUNT }, () => input);
  run(WARM_UP_MS / 2, repeated);
  const cpu = Array.from({ length: 3 }, () => {
    const { count, cpuElapsedMs } = run(ROUND_MS, repeated);
    return (count / cpuElapsedMs) * 1000;
  });
  byInput[name] = { perCpuSecond: medianOf(cpu), flags: assess(input).flags.length };
  console.log(`assess(): ${name}, the same screening repeated: median ${format(medianOf(cpu))} per CPU-second, ${byInput[name]!.flags} flags`);
}
writeFigures("assess", {
  byInput,
  inputs: INPUT_COUNT,
  rounds: ROUNDS,
  roundMs: ROUND_MS,
  medianPerSecond: median,
  medianPerCpuSecond: medianOf(cpuRates),
  minPerSecond: sorted[0] ?? 0,
  maxPerSecond: sorted.at(-1) ?? 0,
  flagsPerAssessment: flagsRaised / assessed,
});
