/**
 * How every benchmark writes its figures: data/bench/<name>.json (data/ is not committed), read back by the
 * summary of `npm run bench`. Free of the data layer, so benchmarks run without the react-server condition can
 * use it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

export const FIGURES_DIR = path.join(process.cwd(), "data", "bench");

/** Writes a benchmark's figures as data/bench/<name>.json, stamped with the time, the machine and its load average when written. */
export function writeFigures(name: string, figures: object): string {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const file = path.join(FIGURES_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: cpus().length, loadAverageAtEnd: loadavg(), ...figures }, null, 2)}\n`);
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
  return file;
}
