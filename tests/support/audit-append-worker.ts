/**
 * A second app server for the audit concurrency tests, run as a separate process (on SQLite a second client in
 * the test's own process would wait for the file lock synchronously and stall the first).
 * Usage: audit-append-worker.ts <database url> <count> <actor email>
 * Opens its own client and prints "ready"; on a line from stdin records <count> events at once, each in its own
 * transaction; prints "done <sequences as JSON>" (or "failed <message>", exit 1) and exits.
 */
import { disconnectDb, openDb } from "@/lib/db/client.server";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";

const [url, countText, actorEmail] = process.argv.slice(2);
const count = Number(countText);
if (!url || !Number.isInteger(count) || !actorEmail) {
  console.error("usage: audit-append-worker.ts <database url> <count> <actor email>");
  process.exit(2);
}

const db = await openDb({ url });
// Connect before saying ready, so the appends start at the same moment as the test's own.
await db.$queryRawUnsafe("SELECT 1");
process.stdout.write("ready\n");

process.stdin.once("data", async () => {
  try {
    const appended = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        recordAuditEvent({ actorEmail, event: "screening-viewed", outcome: "success", recordType: "screening", recordId: `${actorEmail}-${index}` }),
      ),
    );
    process.stdout.write(`done ${JSON.stringify(appended.map((event) => event.sequence))}\n`);
    process.exitCode = 0;
  } catch (error) {
    process.stdout.write(`failed ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await disconnectDb();
    process.stdin.destroy();
  }
});
