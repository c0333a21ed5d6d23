import "server-only";

import { randomUUID } from "node:crypto";

import type { Flag } from "@/lib/rules/types";

import { currentDatabaseTarget, type Tx } from "./client.server";

const COLUMNS = ["id", "screeningId", "position", "ruleId", "severity", "summary", "reasons", "source"] as const;
const JSON_COLUMNS: ReadonlySet<string> = new Set(["reasons", "source"]);

/**
 * Writes an assessment's flags, in its order, as one parameterised INSERT inside the caller's transaction.
 *
 * Not `createMany`: Prisma 7's client spends about 0.2 ms of CPU per row building and compiling a createMany
 * (4 ms for the 16 flags of a high-risk screening, the largest single cost of a save; the same rows as one
 * statement take about 0.8 ms), and a save is on every screening's path (docs/decisions/0022). Every value is
 * a bound parameter; only the placeholders differ between the engines (`?` on SQLite, `$n` on PostgreSQL, where
 * the JSON columns are jsonb and take a cast; SQLite stores JSON as text, as Prisma does). Ids are random UUIDs:
 * Prisma's cuid default applies to its own creates only, and ids are opaque everywhere else.
 */
export async function insertFlags(tx: Tx, screeningId: string, flags: readonly Flag[]): Promise<void> {
  if (flags.length === 0) return;
  const { engine } = await currentDatabaseTarget();
  const rows = flags.map((flag, position) => ({
    id: randomUUID(),
    screeningId,
    position,
    ruleId: flag.ruleId,
    severity: flag.severity,
    summary: flag.summary,
    reasons: JSON.stringify(flag.reasons),
    source: JSON.stringify(flag.source),
  }));
  // Each row's values in COLUMNS' order, so the statement's columns and its parameters cannot fall out of step.
  const values = rows.flatMap((row) => COLUMNS.map((column) => row[column]));
  let parameter = 0;
  const placeholder = (column: string) => {
    parameter += 1;
    if (engine === "sqlite") return "?";
    return JSON_COLUMNS.has(column) ? `CAST($${parameter} AS jsonb)` : `$${parameter}`;
  };
  const tuples = rows.map(() => `(${COLUMNS.map(placeholder).join(", ")})`);
  const columns = COLUMNS.map((column) => `"${column}"`).join(", ");
  const inserted = await tx.$executeRawUnsafe(`INSERT INTO "Flag" (${columns}) VALUES ${tuples.join(", ")}`, ...values);
  if (inserted !== flags.length) throw new Error(`Wrote ${inserted} of ${flags.length} flags`);
}
