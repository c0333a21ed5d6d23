/**
 * The screening list's filters and cursor pages, the same on every engine, on a seeded table of 10,000
 * screenings: each filter returns exactly the rows a plain JavaScript filter of the seed returns, in order, and
 * walking the pages neither skips nor repeats a row, also when screenings are stored between two pages.
 * Signed and amended rows carry a signer (one of a few seeded accounts), the signer's name and an outcome.
 * Rows are inserted directly (the list only reads them); the expected answer is computed from the seed alone.
 */
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { listSigners } from "@/lib/db/list-signers.server";
import type { ScreeningListItem } from "@/lib/db/types";
import { OUTCOMES, type Outcome } from "@/lib/review/decisions";
import { LIST_SEVERITIES, LIST_STATUSES, type ScreeningListQuery } from "@/lib/screening/list-filter";
import { dayRangeBounds } from "@/lib/validation/query-params";

import { ACTOR, ensureTestClinician } from "./db-suite";

const SCREENINGS = 10_000;
const PATIENTS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Seeded screenings spread over 100 days from here, several sharing each millisecond (ties broken by id). */
const START = Date.UTC(2026, 0, 1);

interface SeededRow {
  readonly id: string;
  readonly createdAt: Date;
  readonly status: (typeof LIST_STATUSES)[number];
  readonly highestSeverity: (typeof LIST_SEVERITIES)[number];
  readonly patientId: string;
  readonly decisionFlags: number;
  /** Set on signed and amended rows (an amended screening was signed before it was replaced). */
  readonly signature: { readonly signedById: string; readonly signerName: string; readonly outcome: Outcome } | null;
}

interface Signer {
  readonly id: string;
  readonly name: string;
}

/** A small deterministic generator: the seed is the same on every run and engine. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

async function seed(): Promise<{ rows: SeededRow[]; signers: Signer[] }> {
  const db = await getDb();
  const tag = randomBytes(4).toString("hex");
  const signers: Signer[] = Array.from({ length: 3 }, (_, i) => ({ id: `list-${tag}-signer${i}`, name: `Signer ${i} ${tag}` }));
  await db.user.createMany({
    data: signers.map((signer) => ({ id: signer.id, name: signer.name, email: `${signer.id}@test.invalid` })),
  });
  const patientIds = Array.from({ length: PATIENTS }, (_, i) => `list-${tag}-p${String(i).padStart(4, "0")}`);
  await db.patient.createMany({
    data: patientIds.map((id, i) => ({ id, fullName: `List Patient ${i}`, dateOfBirth: "1979-03-14", sexAtBirth: "female" })),
  });
  const next = generator(7);
  const rows: SeededRow[] = Array.from({ length: SCREENINGS }, (_, i) => {
    const highestSeverity = LIST_SEVERITIES[next(3)]!;
    const status = LIST_STATUSES[next(3)]!;
    const signer = signers[next(signers.length)]!;
    return {
      id: `list-${tag}-s${String(i).padStart(5, "0")}`,
      // 100 days; `next(DAY_MS / 1000)` seconds into the day, so some rows share a time exactly.
      createdAt: new Date(START + next(100) * DAY_MS + next(50) * 1000),
      status,
      highestSeverity,
      patientId: patientIds[next(PATIENTS)]!,
      decisionFlags: highestSeverity === "info" ? 0 : 1 + next(3),
      signature:
        status === "awaiting-review" ? null : { signedById: signer.id, signerName: signer.name, outcome: OUTCOMES[next(OUTCOMES.length)]! },
    };
  });
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    await db.screening.createMany({
      data: chunk.map((row) => ({
        id: row.id,
        submissionId: `${row.id}-submission`,
        patientId: row.patientId,
        input: { patient: { fullName: `Recorded ${row.id}`, dateOfBirth: "1979-03-14" } },
        systolic: 120,
        diastolic: 80,
        heartRate: 70,
        course: "single",
        status: row.status,
        highestSeverity: row.highestSeverity,
        rulesVersion: "seed",
        createdAt: row.createdAt,
        ...(row.signature
          ? { ...row.signature, signerRole: "clinician", signedAt: new Date(row.createdAt.getTime() + 60_000) }
          : {}),
      })),
    });
    await db.flag.createMany({
      data: chunk.flatMap((row) =>
        [
          ...Array.from({ length: row.decisionFlags }, () => (row.highestSeverity === "critical" ? "critical" : "warning")),
          "info",
        ].map((severity, position) => ({
          screeningId: row.id,
          position,
          ruleId: `seed-rule-${position}`,
          severity,
          summary: "Seeded",
          reasons: [],
          source: [],
        })),
      ),
    });
  }
  return { rows, signers };
}

/** What the list must answer for a query: the seed filtered and ordered in JavaScript. */
function expected(rows: readonly SeededRow[], query: ScreeningListQuery): string[] {
  const sign = query.sort === "oldest" ? 1 : -1;
  return rows
    .filter(
      (row) =>
        (!query.status || row.status === query.status) &&
        (!query.severity || row.highestSeverity === query.severity) &&
        (!query.patientId || row.patientId === query.patientId) &&
        (!query.signedById || row.signature?.signedById === query.signedById) &&
        (!query.from || row.createdAt >= query.from) &&
        (!query.to || row.createdAt < query.to),
    )
    .sort((a, b) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .map((row) => row.id);
}

/** Every page of a query, following the cursor. */
async function allPages(query: ScreeningListQuery, limit: number): Promise<ScreeningListItem[][]> {
  const pages: ScreeningListItem[][] = [];
  let after = query.after;
  do {
    const page = await listScreenings(ACTOR, { ...query, after }, { limit });
    pages.push([...page.items]);
    after = page.nextCursor ?? undefined;
  } while (after);
  return pages;
}

export function describeScreeningList(engine: string) {
  describe(`the screening list on ${engine}`, { timeout: 120_000 }, () => {
    let rows: SeededRow[] = [];
    let signers: Signer[] = [];
    let seeded = new Set<string>();
    const seededIds = (items: readonly ScreeningListItem[]) => items.map((item) => item.id).filter((id) => seeded.has(id));

    beforeAll(async () => {
      await ensureTestClinician();
      ({ rows, signers } = await seed());
      seeded = new Set(rows.map((row) => row.id));
    }, 120_000);

    it("walks every page of the whole list, newest and oldest first, with no row skipped or repeated", async () => {
      for (const sort of ["newest", "oldest"] as const) {
        const pages = await allPages({ sort }, 500);
        const ids = pages.flat().map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(seededIds(pages.flat())).toEqual(expected(rows, { sort }));
        expect(pages.at(-1)!.length).toBeLessThanOrEqual(500);
      }
    });

    it.each([
      ["status", { status: "signed" }],
      ["highest severity", { severity: "critical" }],
      ["patient", { patientId: "PATIENT" }],
      ["signer", { signedById: "SIGNER" }],
      ["signer and status amended", { signedById: "SIGNER", status: "amended" }],
      ["signer, severity and day range, oldest first", { signedById: "SIGNER", severity: "critical", ...dayRangeBounds("2026-01-20", "2026-02-28"), sort: "oldest" }],
      ["day range", { ...dayRangeBounds("2026-01-10", "2026-01-19") }],
      ["all together, oldest first", { status: "awaiting-review", severity: "warning", ...dayRangeBounds("2026-01-05", "2026-03-01"), sort: "oldest" }],
    ] as const)("filters by %s: exactly the right rows, in order, across pages", async (_, filter) => {
      const query: ScreeningListQuery = {
        sort: "newest",
        ...filter,
        ...("patientId" in filter ? { patientId: rows[0]!.patientId } : {}),
        ...("signedById" in filter ? { signedById: signers[1]!.id } : {}),
      };
      const want = expected(rows, query);
      expect(want.length).toBeGreaterThan(0);
      const pages = await allPages(query, 37);
      expect(seededIds(pages.flat())).toEqual(want);
      expect(pages.every((page) => page.length <= 37)).toBe(true);
    });

    it("counts the flags needing a decision (critical and warning, not counselling)", async () => {
      const page = await listScreenings(ACTOR, { sort: "newest", patientId: rows[1]!.patientId }, { limit: 500 });
      for (const item of page.items) {
        expect(item.decisionFlags).toBe(rows.find((row) => row.id === item.id)!.decisionFlags);
      }
    });

    it("shows each row's signer as recorded at signing and its outcome, or none when not signed", async () => {
      const pages = await allPages({ sort: "newest", patientId: rows[2]!.patientId }, 500);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const items = pages.flat().filter((item) => seeded.has(item.id));
      expect(items.some((item) => item.signerName !== null) && items.some((item) => item.signerName === null)).toBe(true);
      for (const item of items) {
        const signature = byId.get(item.id)!.signature;
        expect({ signerName: item.signerName, outcome: item.outcome }).toEqual({
          signerName: signature?.signerName ?? null,
          outcome: signature?.outcome ?? null,
        });
      }
    });

    it("offers every account as a signer, active ones by name first, deactivated ones after them", async () => {
      const db = await getDb();
      await db.user.update({ where: { id: signers[0]!.id }, data: { deactivatedAt: new Date() } });
      const offered = await listSigners(ACTOR);
      const ours = offered.filter((option) => signers.some((signer) => signer.id === option.id));
      expect(ours).toEqual([
        { id: signers[1]!.id, name: signers[1]!.name, active: true },
        { id: signers[2]!.id, name: signers[2]!.name, active: true },
        { id: signers[0]!.id, name: signers[0]!.name, active: false },
      ]);
      expect(offered.findIndex((option) => !option.active)).toBeGreaterThan(offered.findLastIndex((option) => option.active));
      await db.user.update({ where: { id: signers[0]!.id }, data: { deactivatedAt: null } });
    });

    it("neither skips nor repeats a row when screenings are stored between two pages", async () => {
      const db = await getDb();
      const query: ScreeningListQuery = { sort: "newest", severity: "info" };
      const first = await listScreenings(ACTOR, query, { limit: 100 });
      // Stored now: newer than every seeded row, and one with the exact time and a smaller id than the cursor.
      const cursor = first.nextCursor!;
      const extra = [
        { id: `${cursor.id.slice(0, -1)}!`, createdAt: cursor.createdAt },
        { id: `later-${randomBytes(4).toString("hex")}`, createdAt: new Date() },
      ];
      await db.screening.createMany({
        data: extra.map((row) => ({
          id: row.id,
          submissionId: `${row.id}-submission`,
          patientId: rows[0]!.patientId,
          input: { patient: { fullName: "Stored between pages", dateOfBirth: "1979-03-14" } },
          systolic: 120,
          diastolic: 80,
          heartRate: 70,
          course: "single",
          status: "awaiting-review",
          highestSeverity: "info",
          rulesVersion: "seed",
          createdAt: row.createdAt,
        })),
      });
      const rest = await allPages({ ...query, after: cursor }, 100);
      const seen = [...first.items, ...rest.flat()].map((item) => item.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => seeded.has(id))).toEqual(expected(rows, query));
      // The row sharing the cursor's time with a smaller id belongs after it, so the walk reaches it.
      expect(seen).toContain(extra[0]!.id);
      // The newer row sorts before the first page, which was already read: it is not listed in this walk.
      expect(seen).not.toContain(extra[1]!.id);
    });

    it.each([
      ["no filter", "", "Screening_createdAt_id_idx"],
      ["status", `"status" = 'signed' AND`, "Screening_status_createdAt_id_idx"],
      ["highest severity", `"highestSeverity" = 'critical' AND`, "Screening_highestSeverity_createdAt_id_idx"],
      ["patient", `"patientId" = 'PATIENT' AND`, "Screening_patientId_createdAt_id_idx"],
      ["signer", `"signedById" = 'SIGNER' AND`, "Screening_signedById_createdAt_id_idx"],
    ])("reads a page filtered by %s through its index, in the list's order", async (_, condition, index) => {
      const where = condition.replace("PATIENT", rows[0]!.patientId).replace("SIGNER", signers[1]!.id);
      // The list's query shape: a filter, the cursor's keyset condition with its plain bound, the order, one more
      // row than the page.
      const sql =
        `SELECT "id" FROM "Screening" WHERE ${where} "createdAt" <= '2026-02-01' AND ` +
        `("createdAt" < '2026-02-01' OR ("createdAt" = '2026-02-01' AND "id" < 'zzz')) ` +
        `ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`;
      const plan = engine === "SQLite" ? await sqlitePlan(sql) : await postgresPlan(sql);
      expect(plan).toContain(index);
      expect(plan).not.toMatch(/Seq Scan|SCAN "?Screening"?$/m);
      // The index is entered at the cursor, not read from its first entry: a deep page costs what the first does.
      if (engine === "SQLite") expect(plan).toMatch(/SEARCH .*\(.*createdAt<\?\)/);
      else expect(plan).toMatch(/Index Cond: .*"createdAt" <=/);
      // SQLite reads the rows in index order; PostgreSQL may choose a bitmap scan of the index and sort the few
      // rows it estimates (the OR of the keyset condition rules out a plain ordered scan there).
      if (engine === "SQLite") expect(plan).not.toContain("TEMP B-TREE FOR ORDER BY");
    });
  });
}

async function sqlitePlan(sql: string): Promise<string> {
  const db = await getDb();
  const steps = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`);
  return steps.map((step) => step.detail).join("\n");
}

async function postgresPlan(sql: string): Promise<string> {
  const db = await getDb();
  // Fresh statistics, as a live table has them; without ANALYZE the planner guesses from an empty table.
  await db.$executeRawUnsafe(`ANALYZE "Screening"`);
  const steps = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
  return steps.map((step) => step["QUERY PLAN"]).join("\n");
}
