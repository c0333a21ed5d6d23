import "server-only";

/**
 * Screening PDFs rendered on a worker thread. A PDF takes about a second of react-pdf layout; on the server's
 * own thread that second would hold up every other clinician's request. The worker has a heap of its own, so the
 * garbage of the layouts never swells the server's. Its limit is the server's own (APP_HEAP_LIMIT_MB): Node lets
 * `--max-old-space-size` override a worker's `resourceLimits` (nodejs/node#43991, measured here too), so none is
 * set that would not hold.
 */
import { Worker } from "node:worker_threads";

import type { ScreeningSummary } from "@/lib/exports/screening-summary";
import { workerJobs, type JobPlace, type WorkerJobs } from "@/lib/workers/worker-jobs";

function startPdfWorker(): Worker {
  // The literal `new URL(…, import.meta.url)` is what lets the bundler find the entry and build it.
  return new Worker(new URL("./screening-pdf.worker.ts", import.meta.url));
}

// One worker for the process, even if the bundler instantiates this module once per route.
const KEY = Symbol.for("ketamine-screening.pdf-jobs");
const shared = globalThis as typeof globalThis & { [KEY]?: WorkerJobs<ScreeningSummary, Uint8Array<ArrayBuffer>> };

function pdfJobs(): WorkerJobs<ScreeningSummary, Uint8Array<ArrayBuffer>> {
  // 8 PDFs held: about 8 s of work on one thread. A ninth request is told to retry, not left to wait longer.
  shared[KEY] ??= workerJobs<ScreeningSummary, Uint8Array<ArrayBuffer>>({ start: startPdfWorker, capacity: 8, stallMs: 30_000, idleMs: 60_000 });
  return shared[KEY];
}

/** A place for one PDF, taken before its screening is read; `null` when 8 PDFs are already held. */
export function reservePdfRender(): JobPlace<ScreeningSummary, Uint8Array<ArrayBuffer>> | null {
  return pdfJobs().reserve();
}
