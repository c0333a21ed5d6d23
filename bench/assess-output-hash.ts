/**
 * A hash of everything `assess` returns for a large fixed set of screenings, to prove a performance change left
 * the output byte for byte as it was: run it before and after, and compare. Run: npx tsx bench/assess-output-hash.ts
 *
 * The inputs: 40,000 generated screenings (seed 1) assessed today and on fixed days around their birthdays, and
 * the rules-version boundary corpus on its own day; plus the catalogue, which flags share their texts with.
 */
import { createHash } from "node:crypto";

import fc from "fast-check";

import { assess, ruleCatalogue } from "../lib/rules";
import { boundaryCorpus, FINGERPRINT_DAY } from "../tests/support/boundary-corpus";
import { screeningInputArbitrary } from "../tests/support/screening-arbitrary";

const SAMPLE_SIZE = 40_000;
// Days that put generated birthdays (1 to 119 years back) on both sides of an 18th birthday.
const FIXED_DAYS = ["2026-01-01", "2026-06-15", "2030-12-31"] as const;

const hash = createHash("sha256");
let assessments = 0;
const add = (value: unknown) => {
  hash.update(JSON.stringify(value));
  hash.update("\n");
};

add(ruleCatalogue);
const sample = fc.sample(screeningInputArbitrary, { numRuns: SAMPLE_SIZE, seed: 1 });
sample.forEach((input, index) => {
  add(assess(input));
  // Every tenth input on the fixed days too: ages are the only day-dependent facts.
  if (index % 10 === 0) for (const on of FIXED_DAYS) add(assess(input, { on }));
  assessments += index % 10 === 0 ? 1 + FIXED_DAYS.length : 1;
});
for (const input of boundaryCorpus()) {
  add(assess(input, { on: FINGERPRINT_DAY }));
  assessments += 1;
}

console.log(`${assessments} assessments: ${hash.digest("hex")}`);
