// Starts a TypeScript worker entry (workerData.entry, a file URL) under tsx's loader: a worker thread does not
// take the test runner's transform, and Node 20 reads no TypeScript by itself.
import { workerData } from "node:worker_threads";

import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
