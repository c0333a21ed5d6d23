/**
 * Group commit (lib/db/sqlite-group-commit.server.ts) on a real SQLite file, driven directly with better-sqlite3:
 * transactions that wait for each other share one COMMIT, each is acknowledged only once that COMMIT has
 * succeeded (another connection then sees it), a rollback undoes only its own writes, a failed COMMIT fails
 * every member and stores none of them, and the connection works again afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

import { GroupCommit } from "@/lib/db/sqlite-group-commit.server";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function scratch(journalMode: "WAL" | "DELETE", busyTimeoutMs = 2000) {
  const dir = mkdtempSync(path.join(tmpdir(), "group-commit-"));
  const file = path.join(dir, "test.db");
  const db = new Database(file, { timeout: busyTimeoutMs });
  db.exec(`PRAGMA journal_mode = ${journalMode}; PRAGMA synchronous = FULL; CREATE TABLE item (name TEXT PRIMARY KEY);`);
  const commits: string[] = [];
  const writes = new GroupCommit(
    {
      execute: async (sql) => {
        if (sql === "COMMIT") commits.push(sql);
        db.exec(sql);
      },
      inTransaction: () => db.inTransaction,
      rollbackNow: () => db.exec("ROLLBACK"),
    },
    8,
  );
  const other = new Database(file, { timeout: busyTimeoutMs });
  cleanups.push(() => {
    other.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const insert = (name: string) => async () => void db.prepare("INSERT INTO item (name) VALUES (?)").run(name);
  const storedSeenByOther = () => (other.prepare("SELECT name FROM item ORDER BY name").all() as { name: string }[]).map((row) => row.name);
  return { db, other, writes, commits, insert, storedSeenByOther };
}

/** One transaction: begin, write `names` (awaiting between writes, as Prisma does), then commit or roll back. */
async function transaction(
  writes: GroupCommit,
  insert: (name: string) => () => Promise<void>,
  names: string[],
  end: "commit" | "rollback" = "commit",
) {
  const member = await writes.begin();
  try {
    for (const name of names) await member.run(insert(name));
  } catch (error) {
    await member.rollback();
    throw error;
  }
  return end === "commit" ? member.commit() : member.rollback();
}

describe("SQLite group commit", () => {
  it("commits transactions that waited for each other together, each acknowledged only once stored", async () => {
    const { writes, commits, insert, storedSeenByOther } = scratch("WAL");
    const names = Array.from({ length: 20 }, (_, index) => `item-${String(index).padStart(2, "0")}`);
    const seenWhenAcknowledged: boolean[] = [];
    await Promise.all(
      names.map(async (name) => {
        await transaction(writes, insert, [name, `${name}-b`]);
        seenWhenAcknowledged.push(storedSeenByOther().includes(name));
      }),
    );

    expect(seenWhenAcknowledged).toEqual(names.map(() => true));
    expect(storedSeenByOther()).toHaveLength(40);
    // 20 transactions, at most 8 to a batch: at least 3 COMMITs, and far fewer than 20.
    expect(commits.length).toBeGreaterThanOrEqual(3);
    expect(commits.length).toBeLessThan(names.length);
  });

  it("undoes only the writes of a transaction that rolls back", async () => {
    const { writes, insert, storedSeenByOther } = scratch("WAL");
    await Promise.all([
      transaction(writes, insert, ["kept-1"]),
      transaction(writes, insert, ["undone-1", "undone-2"], "rollback"),
      transaction(writes, insert, ["kept-2"]),
      // A failing statement (duplicate key): its transaction rolls back, the batch goes on.
      expect(transaction(writes, insert, ["kept-3", "kept-1"])).rejects.toThrow(/UNIQUE/),
    ]);
    expect(storedSeenByOther()).toEqual(["kept-1", "kept-2"]);
  });

  it("runs a statement outside any transaction only after the open batch has committed", async () => {
    const { writes, insert, storedSeenByOther } = scratch("WAL");
    const first = transaction(writes, insert, ["a"]);
    const seen = writes.statement(async () => storedSeenByOther());
    await first;
    expect(await seen).toEqual(["a"]);
  });

  it("fails every member of a batch whose COMMIT fails, stores none of them, and works again afterwards", async () => {
    // Rollback-journal mode: a COMMIT needs every reader gone; a read held open by another connection past
    // busy_timeout makes the COMMIT itself fail (SQLITE_BUSY).
    const { db, other, writes, insert, storedSeenByOther } = scratch("DELETE", 50);
    other.prepare("INSERT INTO item (name) VALUES ('before')").run();
    const reading = other.prepare("SELECT name FROM item").iterate();
    reading.next();

    const results = await Promise.allSettled(["x", "y", "z"].map((name) => transaction(writes, insert, [name])));
    reading.return?.();

    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(db.inTransaction).toBe(false);
    expect(storedSeenByOther()).toEqual(["before"]);
    await transaction(writes, insert, ["after"]);
    expect(storedSeenByOther()).toEqual(["after", "before"]);
  });

  it("fails the waiting members when SQLite abandons the transaction, and refuses the abandoning one's later statements", async () => {
    const { db, writes, insert, storedSeenByOther } = scratch("WAL");
    const waiting = transaction(writes, insert, ["waiting"]);
    const member = await writes.begin();
    await member.run(insert("abandoning"));
    // What SQLite does by itself after some errors (a full disk, an I/O error): the whole transaction is gone.
    db.exec("ROLLBACK");
    await expect(member.run(insert("outside-any-transaction"))).rejects.toThrow(/rolled back/);
    await member.rollback();

    await expect(waiting).rejects.toThrow(/rolled back/);
    expect(storedSeenByOther()).toEqual([]);
    await transaction(writes, insert, ["after"]);
    expect(storedSeenByOther()).toEqual(["after"]);
  });
});
