/**
 * Throughput of `assess` over a fixed set of generated screenings. Prints figures only (no pass/fail): machine
 * load makes timings noisy, so compare runs on the same machine. Run: npm run bench.
 */
import fc from "fast-check";

import { assess } from "../lib/rules";
import { screeningInputArbitrary } from "../tests/support/screening-arbitrary";

const INPUT_COUNT = 1_000;
const WARM_UP_MS = 1_000;
const ROUND_MS = 1_000;
const ROUNDS = 5;

// A fixed seed: every run assesses the same screenings.
const inputs = fc.sample(screeningInputArbitrary, { numRuns: INPUT_COUNT, seed: 20261125 });

/** Assesses the inputs round-robin for about `durationMs`; returns the count done and the time taken. */
function run(durationMs: number): { count: number; elapsedMs: number; flags: number } {
  let count = 0;
  let flags = 0; // consumed so the work cannot be optimised away
  const start = performance.now();
  let now = start;
  while (now - start < durationMs) {
    for (const input of inputs) flags += assess(input).flags.length;
    count += inputs.length;
    now = performance.now();
  }
  return { count, elapsedMs: now - start, flags };
}

const format = (n: number) => Math.round(n).toLocaleString("en-US");

run(WARM_UP_MS);
const rates: number[] = [];
let assessed = 0;
let flagsRaised = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const { count, elapsedMs, flags } = run(ROUND_MS);
  assessed += count;
  flagsRaised += flags;
  const rate = (count / elapsedMs) * 1000;
  rates.push(rate);
  console.log(`round ${round}: ${format(rate)} assessments/s (${format(count)} in ${elapsedMs.toFixed(0)} ms)`);
}
const sorted = [...rates].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
console.log(
  `assess(): median ${format(median)} assessments/s (${(1e6 / median).toFixed(2)} µs each), ` +
    `min ${format(sorted[0] ?? 0)}, max ${format(sorted.at(-1) ?? 0)}; ` +
    `${INPUT_COUNT} distinct inputs, ${ROUNDS} × ${ROUND_MS} ms rounds after ${WARM_UP_MS} ms warm-up; ` +
    `${(flagsRaised / assessed).toFixed(1)} flags per assessment; node ${process.version}`,
);
