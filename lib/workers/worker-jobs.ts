/**
 * CPU-heavy jobs run on a worker thread, so that the server's one JavaScript thread keeps answering everyone
 * else while they run (a PDF takes about a second of layout). Both halves of the protocol live here:
 * `workerJobs` on the server's side, `serveWorkerJobs` in the worker's entry module.
 *
 * One worker, started on the first job and stopped after it has been idle a while (its heap is then given
 * back). Jobs beyond `capacity` are refused at once rather than queued without end; a worker that answers
 * nothing for `stallMs` while jobs wait is stopped and its jobs fail, so a layout that never ends cannot hold
 * them forever; a worker that crashes fails its jobs and the next job starts a new one.
 */
import { parentPort, type Transferable, type Worker } from "node:worker_threads";

import { describeErrorWithoutData } from "@/lib/actions/define-action";

/** Refused because `capacity` jobs are already running or waiting: worth retrying in a few seconds. */
export class WorkerJobsBusyError extends Error {
  override readonly name = "WorkerJobsBusyError";
}

/** The job was accepted but the worker did not finish it (it threw, crashed, stalled or was closed). */
export class WorkerJobFailedError extends Error {
  override readonly name = "WorkerJobFailedError";
}

interface JobRequest<In> {
  readonly id: number;
  readonly input: In;
}

/** A failure carries no message: the worker logs what is safe to log, and a message could quote patient data. */
type JobReply<Out> = { readonly id: number; readonly ok: true; readonly output: Out } | { readonly id: number; readonly ok: false };

export interface WorkerJobsOptions {
  /** Starts the worker; its entry module calls `serveWorkerJobs`. */
  readonly start: () => Worker;
  /** Jobs held at once, the one running and those waiting behind it; more are refused with WorkerJobsBusyError. */
  readonly capacity: number;
  /** How long the worker may go without finishing a job while jobs wait before it is taken for stuck. */
  readonly stallMs: number;
  /** How long an idle worker is kept before it is stopped. */
  readonly idleMs: number;
}

/** A place among the jobs held, taken before the job's input is ready. */
export interface JobPlace<In, Out> {
  /** Runs the job in this place; a place runs one job. */
  run(input: In): Promise<Out>;
  /** Gives the place back if it has not run a job; nothing otherwise (so it can be called in a `finally`). */
  release(): void;
}

export interface WorkerJobs<In, Out> {
  /** Runs a job, or refuses it with WorkerJobsBusyError when `capacity` jobs are held. */
  run(input: In): Promise<Out>;
  /**
   * Takes a place for a job now, or `null` when `capacity` jobs are held or placed: a caller that must do work
   * for the job first (read and audit a record, say) learns before doing it that the job would be refused.
   */
  reserve(): JobPlace<In, Out> | null;
  /** Stops the worker; jobs still held fail. */
  close(): Promise<void>;
}

interface HeldJob<Out> {
  readonly resolve: (output: Out) => void;
  readonly reject: (error: Error) => void;
}

export function workerJobs<In, Out>(options: WorkerJobsOptions): WorkerJobs<In, Out> {
  const held = new Map<number, HeldJob<Out>>();
  /** Places taken and not yet used or given back: they count against `capacity` as held jobs do. */
  let placed = 0;
  let worker: Worker | null = null;
  let nextId = 0;
  let stallTimer: NodeJS.Timeout | null = null;
  let idleTimer: NodeJS.Timeout | null = null;

  function clearTimers(): void {
    if (stallTimer) clearTimeout(stallTimer);
    if (idleTimer) clearTimeout(idleTimer);
    stallTimer = idleTimer = null;
  }

  // Timers are unref'd: a worker kept for the next job never keeps the process alive.
  function armStallTimer(): void {
    if (stallTimer) clearTimeout(stallTimer);
    stallTimer = setTimeout(() => stop(new WorkerJobFailedError(`The worker finished no job in ${options.stallMs} ms and was stopped.`)), options.stallMs).unref();
  }

  function armIdleTimer(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stop(new WorkerJobFailedError("The worker was stopped while idle.")), options.idleMs).unref();
  }

  function stop(reason: Error): Promise<void> {
    const stopping = worker;
    worker = null;
    clearTimers();
    for (const job of held.values()) job.reject(reason);
    held.clear();
    return stopping ? stopping.terminate().then(() => undefined) : Promise.resolve();
  }

  function settle(reply: JobReply<Out>): void {
    const job = held.get(reply.id);
    if (!job) return;
    held.delete(reply.id);
    if (reply.ok) job.resolve(reply.output);
    else job.reject(new WorkerJobFailedError("The worker could not finish the job."));
    if (held.size === 0) {
      clearTimers();
      armIdleTimer();
    } else {
      armStallTimer();
    }
  }

  function currentWorker(): Worker {
    if (worker) return worker;
    const started = options.start();
    started.unref();
    // Events of a worker already replaced (stopped for stalling, say) change nothing.
    started.on("message", (reply: JobReply<Out>) => {
      if (started === worker) settle(reply);
    });
    started.on("error", (error) => {
      if (started !== worker) return;
      console.error("Worker failed:", describeErrorWithoutData(error));
      void stop(new WorkerJobFailedError("The worker stopped with an error."));
    });
    started.on("exit", () => {
      if (started === worker) void stop(new WorkerJobFailedError("The worker stopped."));
    });
    worker = started;
    return started;
  }

  // Async, so that a worker that cannot even start fails this job's promise rather than throwing at the caller.
  async function send(input: In): Promise<Out> {
    const target = currentWorker();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (held.size === 0) armStallTimer();
    const id = nextId++;
    return new Promise<Out>((resolve, reject) => {
      held.set(id, { resolve, reject });
      try {
        target.postMessage({ id, input } satisfies JobRequest<In>);
      } catch (error) {
        // Input that cannot be copied to the worker (a function, say) is this caller's fault alone.
        held.delete(id);
        if (held.size === 0) clearTimers();
        reject(error instanceof Error ? error : new WorkerJobFailedError("The job could not be sent to the worker."));
      }
    });
  }

  function reserve(): JobPlace<In, Out> | null {
    if (held.size + placed >= options.capacity) return null;
    placed += 1;
    let open = true;
    return {
      run(input) {
        if (!open) return Promise.reject(new Error("This place has already run a job or been given back."));
        open = false;
        placed -= 1;
        return send(input);
      },
      release() {
        if (!open) return;
        open = false;
        placed -= 1;
      },
    };
  }

  return {
    run(input) {
      const place = reserve();
      return place ? place.run(input) : Promise.reject(new WorkerJobsBusyError(`${options.capacity} jobs are already running or waiting.`));
    },
    reserve,
    close() {
      return stop(new WorkerJobFailedError("The worker was closed."));
    },
  };
}

/**
 * The worker's side: answers each job with `job(input)`. `transfer` names buffers of the output to move to the
 * server's thread instead of copying them.
 */
export function serveWorkerJobs<In, Out>(job: (input: In) => Promise<Out> | Out, transfer: (output: Out) => readonly Transferable[] = () => []): void {
  const port = parentPort;
  if (!port) throw new Error("serveWorkerJobs runs only in a worker thread.");
  port.on("message", async ({ id, input }: JobRequest<In>) => {
    let reply: JobReply<Out>;
    try {
      const output = await job(input);
      reply = { id, ok: true, output };
      port.postMessage(reply, [...transfer(output)]);
    } catch (error) {
      console.error("Worker job failed:", describeErrorWithoutData(error));
      reply = { id, ok: false };
      port.postMessage(reply);
    }
  });
}
