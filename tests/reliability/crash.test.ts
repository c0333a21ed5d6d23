/**
 * SIGKILL during a stream of API submissions, several times, as a power cut or the kernel's OOM killer would end
 * the server: after each restart the database must be sound and hold every submission that was answered with
 * success, exactly once and under the id the answer named. A submission the client got no answer for may be
 * stored or not, never twice, and the client's retry after the restart (the same submission id) stores at most
 * one.
 */
import { afterAll, describe, expect, it } from "vitest";

import { makeSubmission, submitScreening, type Submission, type SubmissionOutcome } from "@/tests/support/api-submissions";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { runAuditVerify } from "@/tests/support/audit-verify-command";
import { ensureBuilt, startAppServer, type AppServer } from "@/tests/support/app-server";
import { bySubmission, readStoredScreenings, sqliteIntegrityCheck } from "@/tests/support/stored-screenings";

import { createDatabase, ENGINES, newAuthSecret, runTag, type ReliabilityDatabase } from "./engines";

const ROUNDS = 5;
const IN_FLIGHT = 6;
/** The kill comes this long (uniformly at random) after the first answer of the round. */
const KILL_AFTER_MS = { min: 100, max: 1_500 } as const;
const PORTS = { sqlite: 3902, postgresql: 3903 } as const;

interface Streamed {
  readonly submission: Submission;
  readonly outcome: SubmissionOutcome;
}

/**
 * Keeps IN_FLIGHT submissions in flight until the server stops answering. `firstAnswer` resolves at the first
 * success, so the kill always falls inside a stream that is under way.
 */
function streamUntilDown(server: AppServer, token: string, next: () => Submission): { done: Promise<Streamed[]>; firstAnswer: Promise<void> } {
  const streamed: Streamed[] = [];
  let answered: () => void = () => {};
  const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
  const worker = async () => {
    for (;;) {
      const submission = next();
      const outcome = await submitScreening(server.origin, token, submission);
      streamed.push({ submission, outcome });
      if (outcome.kind === "stored") answered();
      else return;
    }
  };
  const done = Promise.all(Array.from({ length: IN_FLIGHT }, worker)).then(() => streamed);
  return { done, firstAnswer };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe.each(ENGINES)("SIGKILL during a stream of submissions on %s", (engine) => {
  const run = runTag();
  let database: ReliabilityDatabase | undefined;
  let server: AppServer | undefined;

  afterAll(async () => {
    await server?.kill();
    await database?.drop();
  });

  it(`keeps every answered submission, once, through ${ROUNDS} kills`, async () => {
    ensureBuilt();
    database = await createDatabase(engine);
    const email = `crash-${run}@test.invalid`;
    createAccount(database.url, email);
    const { token } = issueToken(database.url, email);
    const authSecret = newAuthSecret();
    let count = 0;
    const next = () => makeSubmission(run, count++);
    /** Submission id -> the screening id its success answer named. */
    const answered = new Map<string, string>();
    let unanswered: Submission[] = [];
    const figures: string[] = [];

    for (let round = 1; round <= ROUNDS + 1; round += 1) {
      server = await startAppServer({ port: PORTS[engine], databaseUrl: database.url, authSecret, captureLog: true });
      // The client's retry of what it never heard back about: one screening each, whether or not it was stored.
      for (const submission of unanswered) {
        const outcome = await submitScreening(server.origin, token, submission);
        expect(outcome, server.log().slice(-2000)).toMatchObject({ kind: "stored" });
        if (outcome.kind === "stored") answered.set(submission.submissionId, outcome.screeningId);
      }
      const afterRetry = bySubmission(await readStoredScreenings(database.url));
      for (const submission of unanswered) expect(afterRetry.get(submission.submissionId)).toEqual([answered.get(submission.submissionId)]);
      if (round > ROUNDS) break;

      const stream = streamUntilDown(server, token, next);
      await stream.firstAnswer;
      const killAfter = Math.round(KILL_AFTER_MS.min + Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
      await delay(killAfter);
      await server.kill();
      const streamed = await stream.done;

      const integrity = database.filePath ? sqliteIntegrityCheck(database.filePath) : null;
      const stored = bySubmission(await readStoredScreenings(database.url));
      const refused = streamed.filter(({ outcome }) => outcome.kind === "refused");
      expect(refused, server.log().slice(-2000)).toEqual([]);
      for (const { submission, outcome } of streamed) {
        if (outcome.kind === "stored") answered.set(submission.submissionId, outcome.screeningId);
      }
      unanswered = streamed.filter(({ outcome }) => outcome.kind === "no-answer").map(({ submission }) => submission);
      const unansweredStored = unanswered.filter((submission) => stored.has(submission.submissionId)).length;
      figures.push(
        `round ${round}: killed ${killAfter} ms after the first answer; ${streamed.length - unanswered.length} answered, ` +
          `${unanswered.length} unanswered (${unansweredStored} of them stored)${integrity === null ? "" : `; integrity_check: ${integrity}`}`,
      );

      if (integrity !== null) expect(integrity).toBe("ok");
      for (const [submissionId, screeningId] of answered) expect(stored.get(submissionId), submissionId).toEqual([screeningId]);
      for (const submission of unanswered) expect((stored.get(submission.submissionId) ?? []).length).toBeLessThanOrEqual(1);
      expect([...stored.values()].every((ids) => ids.length === 1)).toBe(true);
    }

    await server?.stop();
    const audit = await runAuditVerify(database.url);
    const total = (await readStoredScreenings(database.url)).length;
    console.log(`[${engine}] SIGKILL ${ROUNDS} times:\n  ${figures.join("\n  ")}\n  ${answered.size} submissions answered in all, ${total} stored; ${audit.line}`);
    expect(total).toBe(answered.size);
    expect(audit.ok, audit.line).toBe(true);
  }, 600_000);
});
