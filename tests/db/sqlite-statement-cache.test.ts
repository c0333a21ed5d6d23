/**
 * Reused statements (lib/db/sqlite-statement-cache.server.ts), used the way @prisma/adapter-better-sqlite3 uses
 * a statement: each run sees its own values, reads come back as arrays, and a statement compiled before a schema
 * change still runs after it.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { reusePreparedStatements } from "@/lib/db/sqlite-statement-cache.server";

function database() {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  let compiled = 0;
  const compile = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    compiled += 1;
    return compile(sql);
  }) as typeof db.prepare;
  reusePreparedStatements(db, 2);
  return { db, compiled: () => compiled };
}

describe("reused SQLite statements", () => {
  it("runs one compiled statement with each call's own values", () => {
    const { db, compiled } = database();
    for (const name of ["a", "b", "c"]) db.prepare("INSERT INTO item (name) VALUES (?)").bind([name]).run();
    const select = (id: number) => {
      const bound = db.prepare("SELECT id, name FROM item WHERE id >= ? ORDER BY id").bind([id]);
      return { reader: bound.reader, columns: bound.columns().map((column) => column.name), rows: bound.raw().all() };
    };

    expect(select(2)).toEqual({ reader: true, columns: ["id", "name"], rows: [[2, "b"], [3, "c"]] });
    expect(select(3).rows).toEqual([[3, "c"]]);
    expect(compiled()).toBe(2);
  });

  it("keeps the most recently used statements only, compiling an evicted one again", () => {
    const { db, compiled } = database();
    const count = (sql: string) => db.prepare(sql).bind([]).raw().all();
    count("SELECT 1");
    count("SELECT 2");
    count("SELECT 1"); // the most recent now: "SELECT 2" goes first
    count("SELECT 3");
    expect(compiled()).toBe(3);
    count("SELECT 1");
    expect(compiled()).toBe(3);
    count("SELECT 2");
    expect(compiled()).toBe(4);
  });

  it("still runs a cached statement after the schema changed", () => {
    const { db } = database();
    const insert = () => db.prepare("INSERT INTO item (name) VALUES (?)").bind(["x"]).run();
    insert();
    db.exec("CREATE INDEX item_name ON item (name); ALTER TABLE item ADD COLUMN note TEXT");
    insert();
    expect(db.prepare("SELECT COUNT(*) FROM item").bind([]).raw().all()).toEqual([[2]]);
  });
});
