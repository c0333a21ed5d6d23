/**
 * Run as a separate process (better-sqlite3 waits for locks synchronously, so the lock must be held outside
 * the test's event loop). Usage: db-lock-holder.ts <db file> <write|read> <hold ms | "stdin">
 *   write: BEGIN IMMEDIATE (the write lock); read: BEGIN + SELECT (a shared lock, which blocks a COMMIT in
 *   rollback-journal mode). Prints "locked" once it holds the lock; releases after the given milliseconds or
 *   when a line arrives on stdin; prints "released" and exits.
 */
import Database from "better-sqlite3";

const [file, mode, hold] = process.argv.slice(2);
if (!file || (mode !== "write" && mode !== "read") || !hold) {
  console.error("usage: db-lock-holder.ts <db file> <write|read> <hold ms|stdin>");
  process.exit(2);
}

const db = new Database(file, { timeout: 10_000 });
if (mode === "write") {
  db.exec("BEGIN IMMEDIATE");
} else {
  db.exec("BEGIN");
  db.prepare('SELECT count(*) FROM "Patient"').get();
}
process.stdout.write("locked\n");

function release() {
  db.exec("ROLLBACK");
  db.close();
  process.stdout.write("released\n");
  process.exit(0);
}

if (hold === "stdin") {
  process.stdin.once("data", release);
} else {
  setTimeout(release, Number(hold));
}
