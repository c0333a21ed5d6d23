/**
 * A worker for the worker-jobs tests: each job says what the worker should do with it, so a test can make a
 * job succeed, throw, never finish, or bring the whole thread down.
 */
import { threadId } from "node:worker_threads";

import { serveWorkerJobs } from "@/lib/workers/worker-jobs";

export type TestJob =
  | { readonly kind: "echo"; readonly value: number; readonly afterMs?: number }
  | { readonly kind: "bytes"; readonly length: number }
  | { readonly kind: "throw" }
  | { readonly kind: "hang" }
  | { readonly kind: "crash" };

export type TestOutput = { readonly value: number; readonly threadId: number } | Uint8Array<ArrayBuffer>;

serveWorkerJobs<TestJob, TestOutput>(
  async (job) => {
    switch (job.kind) {
      case "echo":
        if (job.afterMs) await new Promise((resolve) => setTimeout(resolve, job.afterMs));
        return { value: job.value, threadId };
      case "bytes":
        return new Uint8Array(job.length).fill(7);
      case "throw":
        throw new Error("patient Jane Doe could not be rendered");
      case "hang":
        // Busy, not waiting: the thread's event loop never comes back, as with a layout that never ends.
        for (;;);
      case "crash":
        process.exit(3);
    }
  },
  (output) => (output instanceof Uint8Array ? [output.buffer] : []),
);
