/**
 * The pages benchmark's data (bench/pages.ts): 100,000 screenings of 50,000 patients written straight into a
 * scratch SQLite file (one transaction of prepared inserts, in the form Prisma stores them; inputs are generated
 * screenings with the rules' real flags), a signed-in session, and the records the benchmark asks for, found
 * in the file so that a kept file (`--keep`) serves a later run as well.
 */
import { createHmac, randomBytes } from "node:crypto";
import { statSync } from "node:fs";

import Database from "better-sqlite3";
import fc from "fast-check";

import { assess } from "@/lib/rules";
import { OUTCOMES } from "@/lib/review/decisions";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { encodeListCursor } from "@/lib/screening/list-filter";
import { screeningInputSchemaAsOf, type ScreeningInput } from "@/lib/screening/schema";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";
import { screeningRowWriter, sqliteDate as stored } from "@/tests/support/screening-rows";

import { syntheticPatient, type SyntheticPatient } from "./synthetic-patients";

export const PATIENTS = 50_000;
export const SCREENINGS = 100_000;
/** One patient gets exactly this many screenings (every 2,000th), for the patient page; the others none of those. */
export const HISTORY_LENGTH = 50;
export const PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export const CLINICIAN = { id: "bench-pages-clinician", name: "Bench Clinician", email: "bench-pages@test.invalid" };
export const SIGNERS = [0, 1, 2].map((i) => ({ id: `bench-pages-signer-${i}`, name: `Signer ${i} Bench`, email: `signer-${i}@test.invalid` }));

/** Generated inputs as the form submits them, one pool per sex at birth so a patient's own sex is kept. */
function inputPools(): Map<string, ScreeningInput[]> {
  const pools = new Map<string, ScreeningInput[]>();
  for (const input of fc.sample(screeningInputArbitrary, { numRuns: 1_000, seed: 20261126 })) {
    pools.set(input.patient.sexAtBirth, [...(pools.get(input.patient.sexAtBirth) ?? []), input]);
  }
  return pools;
}

export function seed(file: string, next: () => number): void {
  const started = performance.now();
  const raw = new Database(file, { timeout: 5_000 });
  raw.pragma("journal_mode = WAL");
  const now = stored(new Date());
  const insertUser = raw.prepare(
    `INSERT INTO "User" (id, name, email, "emailVerified", role, "mustChangePassword", "twoFactorEnabled", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 1, 'clinician', 0, 1, ?, ?)`,
  );
  const write = screeningRowWriter(raw);
  const pools = inputPools();
  const patients: (SyntheticPatient & { id: string })[] = [];
  const historyEvery = SCREENINGS / HISTORY_LENGTH;
  let flags = 0;
  raw.transaction(() => {
    for (const user of [CLINICIAN, ...SIGNERS]) insertUser.run(user.id, user.name, user.email, now, now);
    for (let n = 1; n <= PATIENTS; n += 1) {
      const patient = { ...syntheticPatient(next, n), id: `p${String(n).padStart(6, "0")}` };
      patients.push(patient);
      write.patient({ ...patient, createdAt: new Date() });
    }
    const end = Date.now() - DAY_MS;
    for (let n = 0; n < SCREENINGS; n += 1) {
      // The first patient is kept for the 50-screening history; the rest are drawn from the others.
      const patient = n % historyEvery === 0 ? patients[0]! : patients[1 + Math.floor(next() * (PATIENTS - 1))]!;
      const pool = pools.get(patient.sexAtBirth)!;
      const template = pool[Math.floor(next() * pool.length)]!;
      const { fullName, dateOfBirth, sexAtBirth, medicalRecordNumber } = patient;
      const input: ScreeningInput = {
        ...template,
        patient: { fullName, dateOfBirth, sexAtBirth, ...(medicalRecordNumber ? { medicalRecordNumber } : {}) },
      };
      // About two years of screenings, up to yesterday.
      const createdAt = new Date(end - Math.floor(next() * 700 * DAY_MS));
      const day = todayIsoDate(createdAt);
      if (n % 100 === 0) {
        const checked = screeningInputSchemaAsOf(() => day).safeParse(input);
        if (!checked.success) throw new Error(`Generated screening ${n} is not a valid input: ${checked.error.message}`);
      }
      const assessment = assess(input, { on: day });
      const draw = next();
      const status = draw < 0.5 ? "awaiting-review" : draw < 0.9 ? "signed" : "amended";
      const signer = status === "awaiting-review" ? null : SIGNERS[Math.floor(next() * SIGNERS.length)]!;
      const id = `s${String(n).padStart(7, "0")}`;
      write.screening({
        id,
        patientId: patient.id,
        submissionId: `bench-${id}`,
        input,
        rulesVersion: assessment.rulesVersion,
        flags: assessment.flags,
        createdById: CLINICIAN.id,
        createdAt,
        status,
        signOff: signer
          ? { outcome: OUTCOMES[Math.floor(next() * OUTCOMES.length)]!, signedById: signer.id, signerName: signer.name, signedAt: new Date(createdAt.getTime() + 3_600_000) }
          : undefined,
      });
      flags += assessment.flags.length;
    }
  })();
  raw.pragma("optimize");
  raw.close();
  console.log(
    `${SCREENINGS.toLocaleString("en-US")} screenings with ${flags.toLocaleString("en-US")} flags of ${PATIENTS.toLocaleString("en-US")} patients ` +
      `inserted in ${((performance.now() - started) / 1000).toFixed(1)} s (${(statSync(file).size / 1024 / 1024).toFixed(0)} MB)`,
  );
}

/** A database session for the bench clinician and its cookie, signed as better-auth signs it (HMAC-SHA256). */
export function signIn(file: string, secret: string): string {
  const raw = new Database(file, { timeout: 5_000 });
  const token = randomBytes(24).toString("base64url");
  const now = new Date();
  raw
    .prepare(`INSERT INTO "Session" (id, "expiresAt", "lastActiveAt", token, "createdAt", "updatedAt", "userId") VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(randomBytes(12).toString("hex"), stored(new Date(now.getTime() + 12 * 3_600_000)), stored(now), token, stored(now), stored(now), CLINICIAN.id);
  raw.close();
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return `ks.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

export interface BenchRecords {
  /** The row `deepPages` pages down the newest-first list, as the cursor of the page after it; and that page's first row. */
  readonly deep: { readonly after: string; readonly firstId: string };
  /** The patient with exactly HISTORY_LENGTH screenings. */
  readonly historyPatientId: string;
  /** The awaiting-review screening with a critical flag and the most flags (the heaviest result page). */
  readonly flagged: { readonly id: string; readonly flags: number };
  /** A first day (`from=`) from which about 10,000 screenings were made, and how many exactly. */
  readonly csv: { readonly from: string; readonly rows: number };
}

export function findRecords(file: string, deepPages: number, csvRows: number): BenchRecords {
  const raw = new Database(file, { readonly: true });
  try {
    const rows = raw
      .prepare(`SELECT id, "createdAt" FROM "Screening" ORDER BY "createdAt" DESC, id DESC LIMIT 2 OFFSET ?`)
      .all(deepPages * PAGE_SIZE - 1) as { id: string; createdAt: string }[];
    const [last, first] = rows;
    if (!last || !first) throw new Error("Too few screenings for a deep page");
    const history = raw
      .prepare(`SELECT "patientId" AS id FROM "Screening" GROUP BY "patientId" HAVING count(*) = ? ORDER BY "patientId" LIMIT 1`)
      .get(HISTORY_LENGTH) as { id: string } | undefined;
    if (!history) throw new Error(`No patient with ${HISTORY_LENGTH} screenings: the kept file was seeded by an earlier version of this script; remove it`);
    const flagged = raw
      .prepare(
        `SELECT s.id, count(*) AS flags FROM "Screening" s JOIN "Flag" f ON f."screeningId" = s.id
         WHERE s.status = 'awaiting-review' AND s."highestSeverity" = 'critical' GROUP BY s.id ORDER BY flags DESC, s.id LIMIT 1`,
      )
      .get() as { id: string; flags: number } | undefined;
    if (!flagged) throw new Error("No screening awaiting review with a critical flag");
    // The day of the csvRows-th newest screening: from its start, a little over csvRows screenings.
    const nth = raw.prepare(`SELECT "createdAt" FROM "Screening" ORDER BY "createdAt" DESC, id DESC LIMIT 1 OFFSET ?`).get(csvRows - 1) as
      | { createdAt: string }
      | undefined;
    if (!nth) throw new Error(`Fewer than ${csvRows} screenings`);
    const from = nth.createdAt.slice(0, 10);
    const { count } = raw.prepare(`SELECT count(*) AS count FROM "Screening" WHERE "createdAt" >= ?`).get(stored(new Date(`${from}T00:00:00Z`))) as { count: number };
    return {
      deep: { after: encodeListCursor({ createdAt: new Date(last.createdAt), id: last.id }), firstId: first.id },
      historyPatientId: history.id,
      flagged,
      csv: { from, rows: count },
    };
  } finally {
    raw.close();
  }
}
