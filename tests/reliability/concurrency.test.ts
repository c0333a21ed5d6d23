/**
 * Concurrency through the API on a production server, on both engines: many distinct submissions at once must
 * each be stored exactly once, and many copies of one submission at once must be stored once, every copy being
 * answered with that one screening. Every success must name a row that is really there; no answer may be a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeSubmission, submitScreening, type Submission, type SubmissionOutcome } from "@/tests/support/api-submissions";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { ensureBuilt, startAppServer, type AppServer } from "@/tests/support/app-server";
import { bySubmission, readStoredScreenings } from "@/tests/support/stored-screenings";

import { createDatabase, ENGINES, newAuthSecret, postgresConnections, runTag, type ReliabilityDatabase } from "./engines";

const DISTINCT = 200;
const COPIES = 50;
const SAME_PATIENT = 20;
const PORTS = { sqlite: 3900, postgresql: 3901 } as const;
/** node-postgres's default pool size, which the app's one client per process keeps to. */
const POOL_SIZE = 10;

function statusCounts(outcomes: readonly SubmissionOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.kind === "no-answer" ? "no answer" : String(outcome.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function sendAtOnce(server: AppServer, token: string, submissions: readonly Submission[]): Promise<{ outcomes: SubmissionOutcome[]; ms: number }> {
  const started = performance.now();
  const outcomes = await Promise.all(submissions.map((submission) => submitScreening(server.origin, token, submission)));
  return { outcomes, ms: Math.round(performance.now() - started) };
}

describe.each(ENGINES)("concurrent submissions through the API on %s", (engine) => {
  const run = runTag();
  let database: ReliabilityDatabase | undefined;
  let server: AppServer | undefined;
  let token = "";

  beforeAll(async () => {
    ensureBuilt();
    database = await createDatabase(engine);
    const email = `concurrency-${run}@test.invalid`;
    createAccount(database.url, email);
    token = issueToken(database.url, email).token;
    server = await startAppServer({ port: PORTS[engine], databaseUrl: database.url, authSecret: newAuthSecret(), captureLog: true });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it(`stores ${DISTINCT} distinct submissions sent at once exactly once each`, async () => {
    const submissions = Array.from({ length: DISTINCT }, (_, n) => makeSubmission(run, n));
    const { outcomes, ms } = await sendAtOnce(server!, token, submissions);
    // Counted before the pool's idle connections close: a burst must not open a client (and a pool) per request.
    const connections = engine === "postgresql" ? await postgresConnections(database!.url) : null;
    const stored = bySubmission(await readStoredScreenings(database!.url));
    console.log(
      `[${engine}] ${DISTINCT} distinct at once: ${JSON.stringify(statusCounts(outcomes))} in ${ms} ms; ${stored.size} stored` +
        (connections === null ? "" : `; ${connections} connections open to the database after the burst`),
    );

    expect(outcomes.filter((outcome) => outcome.kind !== "stored"), server!.log().slice(-2000)).toEqual([]);
    expect(outcomes.every((outcome) => outcome.kind === "stored" && outcome.status === 201)).toBe(true);
    submissions.forEach((submission, n) => {
      const outcome = outcomes[n]!;
      expect(stored.get(submission.submissionId)).toEqual([outcome.kind === "stored" ? outcome.screeningId : "no screening"]);
    });
    expect([...stored.values()].flat()).toHaveLength(DISTINCT);
    if (connections !== null) expect(connections).toBeLessThanOrEqual(POOL_SIZE);
  });

  it(`stores ${COPIES} copies of one submission sent at once once, and answers every copy with it`, async () => {
    const before = (await readStoredScreenings(database!.url)).length;
    const submission = makeSubmission(run, DISTINCT + 1);
    const { outcomes, ms } = await sendAtOnce(server!, token, Array.from({ length: COPIES }, () => submission));
    const rows = await readStoredScreenings(database!.url);
    const stored = bySubmission(rows).get(submission.submissionId) ?? [];
    console.log(`[${engine}] ${COPIES} copies at once: ${JSON.stringify(statusCounts(outcomes))} in ${ms} ms; ${stored.length} stored`);

    expect(outcomes.filter((outcome) => outcome.kind !== "stored"), server!.log().slice(-2000)).toEqual([]);
    expect(stored).toHaveLength(1);
    expect(rows).toHaveLength(before + 1);
    expect(new Set(outcomes.map((outcome) => (outcome.kind === "stored" ? outcome.screeningId : "")))).toEqual(new Set(stored));
    expect(outcomes.filter((outcome) => outcome.kind === "stored" && outcome.status === 201)).toHaveLength(1);
  });

  it(`files ${SAME_PATIENT} submissions for one new patient sent at once under one patient`, async () => {
    // An EHR bridge catching up sends several screenings of a patient the app has not seen: each save looks the
    // record number up, finds nothing, and creates the patient; all but one lose that race on the unique index.
    const { screening } = makeSubmission(run, DISTINCT + 2);
    const submissions = Array.from({ length: SAME_PATIENT }, () => ({ submissionId: crypto.randomUUID(), screening }));
    const { outcomes, ms } = await sendAtOnce(server!, token, submissions);
    const rows = await readStoredScreenings(database!.url);
    const ids = new Set(submissions.map((submission) => submission.submissionId));
    const patients = new Set(rows.filter((row) => ids.has(row.submissionId)).map((row) => row.patientId));
    console.log(`[${engine}] ${SAME_PATIENT} screenings of one new patient at once: ${JSON.stringify(statusCounts(outcomes))} in ${ms} ms; ${patients.size} patient(s)`);

    expect(outcomes.filter((outcome) => outcome.kind !== "stored"), server!.log().slice(-2000)).toEqual([]);
    expect(rows.filter((row) => ids.has(row.submissionId))).toHaveLength(SAME_PATIENT);
    expect(patients.size).toBe(1);
  });
});
