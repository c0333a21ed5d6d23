/**
 * The PDF worker thread's entry (started by screening-pdf-jobs.server.ts): renders screening summaries to PDF
 * bytes, one message each, and moves the bytes back to the server's thread without copying them.
 */
import { serveWorkerJobs } from "@/lib/workers/worker-jobs";
import type { ScreeningSummary } from "@/lib/exports/screening-summary";

import { renderScreeningPdf } from "./render-screening-pdf";

serveWorkerJobs(
  // A copy of the bytes: the renderer's Buffer may be a view into a shared pool, which must not be transferred.
  async (summary: ScreeningSummary) => new Uint8Array(await renderScreeningPdf(summary)),
  (pdf) => [pdf.buffer],
);
