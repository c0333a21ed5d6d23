import "server-only";

import type Database from "better-sqlite3";

/**
 * What @prisma/adapter-better-sqlite3 (7.10.0) does with a statement: `client.prepare(sql).bind(args)`, then
 * `reader`, `run()`, `columns()` and `raw().all()` on the bound statement. Nothing else of it is used.
 */
interface BoundStatement {
  readonly reader: boolean;
  run(): Database.RunResult;
  columns(): Database.ColumnDefinition[];
  raw(): { all(): unknown[] };
}

interface ReusableStatement {
  readonly reader: boolean;
  readonly readonly: boolean;
  bind(parameters: unknown[]): BoundStatement;
}

/**
 * Makes `database.prepare` reuse compiled statements, keyed by their SQL, for the adapter above.
 *
 * The adapter prepares every statement it runs afresh (a better-sqlite3 statement's `bind` is permanent, so a
 * bound one cannot be run with other values): compiling the SQL was about 6% of the server's time on the API's
 * create. Here `prepare` hands out a view of a cached statement whose `bind` only remembers the values, and each
 * run passes them to the statement, which binds them for that run alone. Prisma's SQL has a bounded number of
 * shapes (an `IN` list's length is part of it), so the cache is small; the least recently used statement goes
 * first. SQLite recompiles a cached statement by itself when the schema changes.
 *
 * Only the adapter's connection gets this; the statements are fully read before `prepare` is called again
 * (`run` and `all` are synchronous), so one statement is never in use twice at once.
 */
export function reusePreparedStatements(database: Database.Database, capacity = 256): void {
  const compile = database.prepare.bind(database);
  const cache = new Map<string, ReusableStatement>();
  const prepare = (sql: string): ReusableStatement => {
    const cached = cache.get(sql);
    if (cached) {
      // Map keeps insertion order: moving the entry to the end keeps the oldest-used first.
      cache.delete(sql);
      cache.set(sql, cached);
      return cached;
    }
    const statement = reusable(compile(sql));
    cache.set(sql, statement);
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return statement;
  };
  database.prepare = prepare as unknown as typeof database.prepare;
}

function reusable(statement: Database.Statement): ReusableStatement {
  // The adapter reads rows as arrays; switching a statement to raw mode is permanent, so do it once.
  if (statement.reader) statement.raw(true);
  return {
    reader: statement.reader,
    readonly: statement.readonly,
    bind: (parameters) => ({
      reader: statement.reader,
      run: () => statement.run(parameters),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.all(parameters) }),
    }),
  };
}
