/**
 * The machine floor of `npm run bench:api`: a bare node:http server that does what the app's create does minus
 * the framework, the ORM and the checks: parse the JSON body, assess it, and write the same rows (patient,
 * screening, flags) in one transaction with better-sqlite3. Run as a child process:
 * FLOOR_DATABASE_FILE=<migrated app database> PORT=<port> tsx bench/support/node-floor-server.ts
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

import Database from "better-sqlite3";

import { assess } from "@/lib/rules";
import type { ScreeningInput } from "@/lib/screening/schema";
import { screeningRowWriter } from "@/tests/support/screening-rows";

const db = new Database(process.env.FLOOR_DATABASE_FILE);
db.pragma("journal_mode = WAL");
// As durable as the app (lib/db/sqlite-adapter.server.ts): every acknowledged write is on disk.
db.pragma("synchronous = FULL");
const write = screeningRowWriter(db);
const createdById = (db.prepare(`SELECT id FROM "User" LIMIT 1`).get() as { id: string }).id;

const store = db.transaction((submission: { submissionId: string; screening: ScreeningInput }) => {
  const now = new Date();
  const patientId = randomUUID();
  const screeningId = randomUUID();
  const { rulesVersion, flags } = assess(submission.screening);
  write.patient({ id: patientId, ...submission.screening.patient, createdAt: now });
  write.screening({ id: screeningId, patientId, submissionId: submission.submissionId, input: submission.screening, rulesVersion, flags, createdById, createdAt: now });
  return screeningId;
});

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const id = store(JSON.parse(Buffer.concat(chunks).toString("utf8")) as { submissionId: string; screening: ScreeningInput });
    response.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ id }));
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ type: "listening" }));
