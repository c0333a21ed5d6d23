/**
 * Node's flags for the app server process, shared by `npm start` (serve-app.ts) and the servers the tests and
 * benchmarks start (tests/support/app-server.ts), so that what is measured is what runs.
 *
 * V8 sizes its heap from the machine's memory, not from what the app keeps: on a 24 GB machine it let garbage
 * pile up to several hundred MB before collecting it. On a 100,000-screening database, 40 of each page and 40
 * PDFs took the server from 193 to 841 MB resident, while the heap kept only about 130 MB alive. With the old
 * generation limited to 512 MB, the same run ended at 469 MB. The limit is about four times what the app keeps,
 * so it makes V8 collect sooner. It is not a squeeze: nothing the app holds comes near it.
 */
export const DEFAULT_HEAP_LIMIT_MB = 512;
const MIN_HEAP_LIMIT_MB = 128;

export function serverNodeFlags(env: Readonly<Record<string, string | undefined>>): string[] {
  const raw = env.APP_HEAP_LIMIT_MB?.trim();
  const limit = raw === undefined || raw === "" ? DEFAULT_HEAP_LIMIT_MB : Number(raw);
  if (!Number.isInteger(limit) || limit < MIN_HEAP_LIMIT_MB) {
    throw new Error(`APP_HEAP_LIMIT_MB must be a whole number of megabytes, at least ${MIN_HEAP_LIMIT_MB} (it is "${raw}").`);
  }
  return [`--max-old-space-size=${limit}`];
}
