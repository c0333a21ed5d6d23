/** Shared by the benchmark scripts: command-line options, a seeded generator, how figures are printed, a scratch database. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { disconnectDb, openDb } from "@/lib/db/client.server";
import { resolveDatabaseTarget } from "@/lib/db/database-url.server";
import { applyPendingMigrations } from "@/scripts/db/migrations";

export function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** A small deterministic generator (mulberry32): every run builds the same data and queries. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * A migrated SQLite file for a benchmark, opened as the process's database: in a temporary folder removed by
 * `close`, or at `keep` (kept, and reused by a later run, which then skips the slow insert: `reused`).
 */
export async function openScratchDatabase(keep: string | undefined, prefix: string) {
  const dir = keep ? undefined : mkdtempSync(path.join(tmpdir(), prefix));
  const file = keep ? path.resolve(keep) : path.join(dir!, "bench.db");
  const reused = existsSync(file);
  const url = `file:${file}`;
  await applyPendingMigrations(resolveDatabaseTarget(url));
  await openDb({ url });
  return {
    file,
    reused,
    close: async () => {
      await disconnectDb();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
