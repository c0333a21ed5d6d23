import { Worker } from "node:worker_threads";

import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";

import { workerJobs, WorkerJobFailedError, WorkerJobsBusyError, type WorkerJobs, type WorkerJobsOptions } from "@/lib/workers/worker-jobs";

import type { TestJob, TestOutput } from "./support/jobs-worker";

const TYPESCRIPT_WORKER = new URL("./support/typescript-worker.mjs", import.meta.url);
const WORKER_ENTRY = new URL("./support/jobs-worker.ts", import.meta.url);

const opened: WorkerJobs<TestJob, TestOutput>[] = [];

/** Jobs on the test worker (run through tsx, as the test itself is); counts the workers it started. */
function testJobs(options: Partial<Omit<WorkerJobsOptions, "start">> = {}) {
  const started: Worker[] = [];
  /** What the workers wrote to stderr: their log. */
  const log: string[] = [];
  const jobs = workerJobs<TestJob, TestOutput>({
    start: () => {
      const worker = new Worker(TYPESCRIPT_WORKER, { workerData: { entry: WORKER_ENTRY.href }, stderr: true });
      worker.stderr.on("data", (chunk: Buffer) => log.push(chunk.toString("utf8")));
      started.push(worker);
      return worker;
    },
    capacity: 4,
    stallMs: 10_000,
    idleMs: 10_000,
    ...options,
  });
  opened.push(jobs);
  return { jobs, started, log };
}

function echoed(output: TestOutput | undefined): { value: number; threadId: number } {
  if (output === undefined || output instanceof Uint8Array) throw new Error("expected an echo");
  return output;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
});

// Starting a worker through tsx takes a few hundred milliseconds; the suite's timeouts allow for a slow machine.
describe("workerJobs", { timeout: 30_000 }, () => {
  it("runs each job on the worker thread, not the server's, and answers each with its own output", async () => {
    const { jobs, started } = testJobs();
    const outputs = await Promise.all([1, 2, 3].map((value) => jobs.run({ kind: "echo", value, afterMs: 30 - value * 10 })));
    expect(outputs.map((output) => echoed(output).value)).toEqual([1, 2, 3]);
    expect(new Set(outputs.map((output) => echoed(output).threadId))).toEqual(new Set([started[0]!.threadId]));
    expect(started[0]!.threadId).not.toBe(0);
    expect(started).toHaveLength(1);
  });

  it("moves bytes back from the worker whole", async () => {
    const { jobs } = testJobs();
    const bytes = await jobs.run({ kind: "bytes", length: 100_000 });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((bytes as Uint8Array).length).toBe(100_000);
    expect((bytes as Uint8Array).every((byte) => byte === 7)).toBe(true);
  });

  it("fails a job that throws without its message, and the same worker goes on with the next", async () => {
    const { jobs, started, log } = testJobs();
    const failure = await jobs.run({ kind: "throw" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkerJobFailedError);
    expect(String((failure as Error).message)).not.toContain("Jane");
    expect(echoed(await jobs.run({ kind: "echo", value: 5 })).value).toBe(5);
    expect(started).toHaveLength(1);
    // The worker's own log line names the error's class, never its message. (Its stderr reaches this thread
    // asynchronously: wait for the line.)
    await vi.waitFor(() => expect(log.join("")).toContain("Worker job failed: Error"));
    expect(log.join("")).not.toContain("Jane");
  });

  it("fails every job held by a worker that crashes, and the next job starts a new worker", async () => {
    const { jobs, started } = testJobs();
    const [waiting, crash] = await Promise.allSettled([jobs.run({ kind: "echo", value: 1, afterMs: 500 }), jobs.run({ kind: "crash" })]);
    expect(crash).toMatchObject({ status: "rejected", reason: expect.any(WorkerJobFailedError) });
    expect(waiting).toMatchObject({ status: "rejected", reason: expect.any(WorkerJobFailedError) });
    const after = echoed(await jobs.run({ kind: "echo", value: 2 }));
    expect(after.value).toBe(2);
    expect(started).toHaveLength(2);
    expect(after.threadId).toBe(started[1]!.threadId);
  });

  it("stops a worker that finishes nothing within stallMs, fails its jobs, and starts afresh", async () => {
    const { jobs, started } = testJobs({ stallMs: 1_500 });
    const [hung, behind] = await Promise.allSettled([jobs.run({ kind: "hang" }), jobs.run({ kind: "echo", value: 1 })]);
    expect(hung).toMatchObject({ status: "rejected", reason: expect.objectContaining({ message: expect.stringMatching(/finished no job in 1500 ms/) }) });
    expect(behind).toMatchObject({ status: "rejected", reason: expect.any(WorkerJobFailedError) });
    expect(echoed(await jobs.run({ kind: "echo", value: 3 })).value).toBe(3);
    expect(started).toHaveLength(2);
  });

  it("refuses a job beyond its capacity at once, and takes jobs again when there is room", async () => {
    const { jobs } = testJobs({ capacity: 2 });
    const first = jobs.run({ kind: "echo", value: 1, afterMs: 300 });
    const second = jobs.run({ kind: "echo", value: 2 });
    await expect(jobs.run({ kind: "echo", value: 3 })).rejects.toBeInstanceOf(WorkerJobsBusyError);
    expect([echoed(await first).value, echoed(await second).value]).toEqual([1, 2]);
    expect(echoed(await jobs.run({ kind: "echo", value: 4 })).value).toBe(4);
  });

  it("counts a reserved place as a held job until it runs its job or is given back, once", async () => {
    const { jobs } = testJobs({ capacity: 2 });
    const first = jobs.reserve()!;
    const second = jobs.reserve()!;
    expect(jobs.reserve()).toBeNull();
    await expect(jobs.run({ kind: "echo", value: 0 })).rejects.toBeInstanceOf(WorkerJobsBusyError);

    first.release();
    first.release(); // a second release gives back nothing more
    const third = jobs.reserve()!;
    expect(jobs.reserve()).toBeNull();

    const answers = Promise.all([second.run({ kind: "echo", value: 2, afterMs: 200 }), third.run({ kind: "echo", value: 3, afterMs: 200 })]);
    second.release(); // after its run: nothing to give back, its job still holds the place
    expect(jobs.reserve()).toBeNull();
    await expect(second.run({ kind: "echo", value: 9 })).rejects.toThrow("already run a job");
    expect((await answers).map((output) => echoed(output).value)).toEqual([2, 3]);
    expect(jobs.reserve()).not.toBeNull();
  });

  it("stops a worker left idle for idleMs, and starts one again for the next job", async () => {
    const { jobs, started } = testJobs({ idleMs: 200 });
    await jobs.run({ kind: "echo", value: 1 });
    const exited = new Promise((resolve) => started[0]!.once("exit", resolve));
    await exited;
    expect(echoed(await jobs.run({ kind: "echo", value: 2 })).value).toBe(2);
    expect(started).toHaveLength(2);
  });

  it("rejects input that cannot be sent to a worker, and keeps working", async () => {
    const { jobs } = testJobs();
    const unsendable = { kind: "echo", value: 1, afterMs: 0, extra: () => 1 } as unknown as TestJob;
    await expect(jobs.run(unsendable)).rejects.toThrow();
    expect(echoed(await jobs.run({ kind: "echo", value: 9 })).value).toBe(9);
  });

  it("fails a job whose worker cannot start, and tries to start one again for the next", async () => {
    let attempts = 0;
    const jobs = workerJobs<TestJob, TestOutput>({
      start: () => {
        attempts += 1;
        throw new Error("cannot start");
      },
      capacity: 1,
      stallMs: 1_000,
      idleMs: 1_000,
    });
    await expect(jobs.run({ kind: "echo", value: 1 })).rejects.toThrow("cannot start");
    await expect(jobs.run({ kind: "echo", value: 2 })).rejects.toThrow("cannot start");
    expect(attempts).toBe(2);
  });

  it("fails the jobs it holds when closed", async () => {
    const { jobs } = testJobs();
    const held = Promise.allSettled([jobs.run({ kind: "echo", value: 1, afterMs: 1_000 })]);
    await jobs.close();
    expect(await held).toMatchObject([{ status: "rejected", reason: expect.any(WorkerJobFailedError) }]);
  });

  it("settles every job of any mix: an echo resolves with its own value unless a crash took its worker down", async () => {
    const { jobs } = testJobs({ capacity: 6 });
    const job = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant("echo" as const), value: fc.integer(), afterMs: fc.integer({ min: 0, max: 20 }) }), weight: 6 },
      { arbitrary: fc.constant({ kind: "throw" as const }), weight: 2 },
      { arbitrary: fc.constant({ kind: "crash" as const }), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(job, { minLength: 1, maxLength: 8 }), async (batch) => {
        const results = await Promise.allSettled(batch.map((input) => jobs.run(input)));
        const crashed = batch.some((input) => input.kind === "crash");
        results.forEach((result, index) => {
          const input = batch[index]!;
          if (result.status === "fulfilled") {
            expect(input.kind).toBe("echo");
            expect(echoed(result.value).value).toBe((input as { value: number }).value);
          } else {
            expect(result.reason).toBeInstanceOf(index >= 6 ? WorkerJobsBusyError : WorkerJobFailedError);
            if (index < 6 && input.kind === "echo") expect(crashed).toBe(true);
          }
        });
      }),
      { numRuns: 15 },
    );
  });
});
