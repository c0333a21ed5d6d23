import "server-only";

/**
 * Screening PDFs rendered on a worker thread. A PDF takes about a second of react-pdf layout; on the server's
 * own thread that second would hold up every other clinician's request. The worker has a heap of its own,
 * limited, so the garbage of the layouts never swells the server's.
 */
import { Worker } from "node:worker_threads";

import type { ScreeningSummary } from "@/lib/exports/screening-summary";
import { workerJobs, type WorkerJobs } from "@/lib/workers/worker-jobs";

/** Measured: a render's live heap stays far below this; a document that would need more fails alone. */
const WORKER_HEAP_MB = 256;

function startPdfWorker(): Worker {
  // The literal `new URL(…, import.meta.url)` is what lets the bundler find the entry and build it.
  return new Worker(new URL("./screening-pdf.worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

// One worker for the process, even if the bundler instantiates this module once per route.
const KEY = Symbol.for("ketamine-screening.pdf-jobs");
const shared = globalThis as typeof globalThis & { [KEY]?: WorkerJobs<ScreeningSummary, Uint8Array<ArrayBuffer>> };

function pdfJobs(): WorkerJobs<ScreeningSummary, Uint8Array<ArrayBuffer>> {
  // 8 PDFs held: about 8 s of work on one thread. A ninth request is told to retry, not left to wait longer.
  shared[KEY] ??= workerJobs<ScreeningSummary, Uint8Array<ArrayBuffer>>({ start: startPdfWorker, capacity: 8, stallMs: 30_000, idleMs: 60_000 });
  return shared[KEY];
}

export function renderScreeningPdfOffThread(summary: ScreeningSummary): Promise<Uint8Array<ArrayBuffer>> {
  return pdfJobs().run(summary);
}
