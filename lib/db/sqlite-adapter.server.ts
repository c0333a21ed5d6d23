import "server-only";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";

import { GroupCommit } from "./sqlite-group-commit.server";
import { reusePreparedStatements } from "./sqlite-statement-cache.server";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

export interface SqlitePragmas {
  /** WAL lets readers work while one writer commits. Tests use "DELETE" to reproduce prisma/orm#29933. */
  readonly journalMode: "WAL" | "DELETE";
  /** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
}

export const DEFAULT_SQLITE_PRAGMAS: SqlitePragmas = { journalMode: "WAL", busyTimeoutMs: 5000 };

export interface SqliteConnectionOptions {
  /**
   * Reads outside transactions on a second connection (WAL files only). For Prisma Client; not for the schema
   * engine, which takes the file for itself (`locking_mode = EXCLUSIVE`) and then finds it locked by the reader.
   */
  readonly readConnection?: boolean;
}

function busyTimeoutPragma(pragmas: SqlitePragmas): string {
  return `PRAGMA busy_timeout = ${Math.max(0, Math.trunc(pragmas.busyTimeoutMs))};`;
}

/** The PRAGMAs every new connection runs; `synchronous` resets to NORMAL when a WAL file is reopened. */
export function sqlitePragmaScript(pragmas: SqlitePragmas): string {
  // busy_timeout first, so that switching the journal mode waits for other connections instead of failing.
  return [
    busyTimeoutPragma(pragmas),
    `PRAGMA journal_mode = ${pragmas.journalMode};`,
    "PRAGMA synchronous = FULL;",
    "PRAGMA foreign_keys = ON;",
  ].join("\n");
}

/** The better-sqlite3 handle inside the adapter: not part of the adapter's type, so checked at run time. */
function databaseOf(adapter: Adapter): Database.Database {
  const client: unknown = (adapter as unknown as { client?: unknown }).client;
  if (!(client instanceof Database)) {
    throw new Error("@prisma/adapter-better-sqlite3 changed shape: re-check lib/db/sqlite-adapter.server.ts");
  }
  return client;
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * The better-sqlite3 driver adapter (7.10.0) with its transactions replaced, because they can lose data, and
 * made quicker where it spends its time:
 *
 * - prisma/orm#29933: when a `COMMIT` fails (SQLITE_BUSY: another process holds a lock past busy_timeout)
 *   the stock adapter only releases its mutex. SQLite keeps the transaction open, so later writes on this
 *   shared connection are acknowledged but never committed, and vanish when the process exits. Here a failed
 *   COMMIT is followed by a real `ROLLBACK` whenever SQLite says the connection is still inside a transaction.
 * - The stock adapter never releases its mutex when `BEGIN` fails, so one busy `BEGIN` stalls every later
 *   transaction of the process. Here a failed `BEGIN` releases the connection.
 * - Transactions start with `BEGIN IMMEDIATE`, taking the write lock first and waiting busy_timeout for it.
 *   A plain `BEGIN` reads first and asks for the write lock later, which in WAL mode fails at once with
 *   SQLITE_BUSY when another process is writing. Every transaction of this app writes.
 * - Transactions waiting for the connection share one COMMIT (sqlite-group-commit.server.ts): one flush to
 *   disk for the batch, each acknowledged only after it.
 * - Statements outside a transaction wait until the open one is committed: on one shared connection they
 *   would otherwise run inside it. Reads outside a transaction (a `SELECT` that SQLite says only reads) go to a
 *   second, read-only connection instead (WAL files only): they see exactly what is committed, and wait for
 *   no transaction.
 * - Compiled statements are reused (sqlite-statement-cache.server.ts).
 *
 * And it sets the PRAGMAs on every new connection (the adapter's constructor only knows better-sqlite3's
 * options; `synchronous` would fall back to NORMAL when a WAL file is reopened).
 */
export class SafeSqliteAdapterFactory extends PrismaBetterSqlite3 {
  readonly #pragmas: SqlitePragmas;
  readonly #readConnection: boolean;

  constructor(url: string, pragmas: SqlitePragmas = DEFAULT_SQLITE_PRAGMAS, options: SqliteConnectionOptions = {}) {
    super({ url, timeout: pragmas.busyTimeoutMs });
    this.#pragmas = pragmas;
    this.#readConnection = (options.readConnection ?? false) && pragmas.journalMode === "WAL" && isFileUrl(url);
  }

  override async connect(): Promise<Adapter> {
    const adapter = this.#prepare(await super.connect());
    if (this.#readConnection) this.#readThrough(adapter, await super.connect());
    return adapter;
  }

  override async connectToShadowDb(): Promise<Adapter> {
    return this.#prepare(await super.connectToShadowDb());
  }

  #prepare(adapter: Adapter): Adapter {
    const database = databaseOf(adapter);
    database.exec(sqlitePragmaScript(this.#pragmas));
    reusePreparedStatements(database);

    // The unlocked originals run a transaction's own statements (it already holds the connection).
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const executeScript = adapter.executeScript.bind(adapter);
    const startStockTransaction = adapter.startTransaction.bind(adapter);
    const writes = new GroupCommit({
      execute: (sql) => executeRaw(statement(sql)),
      inTransaction: () => database.inTransaction,
      rollbackNow: () => database.exec("ROLLBACK"),
    });

    adapter.queryRaw = (query) => writes.statement(() => queryRaw(query));
    adapter.executeRaw = (query) => writes.statement(() => executeRaw(query));
    adapter.executeScript = (script) => writes.statement(() => executeScript(script));
    adapter.startTransaction = async (isolationLevel) => {
      // SQLite transactions are serializable; let the stock adapter reject any other level.
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") return startStockTransaction(isolationLevel);
      const member = await writes.begin();
      const savepoint = async (sql: string) => void (await member.run(() => executeRaw(statement(sql))));
      return {
        adapterName: adapter.adapterName,
        provider: adapter.provider,
        // Prisma calls commit() and rollback() below instead of sending COMMIT and ROLLBACK itself.
        options: { usePhantomQuery: true },
        queryRaw: (query) => member.run(() => queryRaw(query)),
        executeRaw: (query) => member.run(() => executeRaw(query)),
        commit: () => member.commit(),
        rollback: () => member.rollback(),
        createSavepoint: (name) => savepoint(`SAVEPOINT ${name}`),
        rollbackToSavepoint: (name) => savepoint(`ROLLBACK TO ${name}`),
        releaseSavepoint: (name) => savepoint(`RELEASE SAVEPOINT ${name}`),
      };
    };
    return adapter;
  }

  /** Sends `adapter`'s reads outside transactions to `reader`, a second connection to the same file. */
  #readThrough(adapter: Adapter, reader: Adapter): void {
    const database = databaseOf(reader);
    database.exec(`${busyTimeoutPragma(this.#pragmas)}\nPRAGMA query_only = ON;`);
    reusePreparedStatements(database);
    const written = adapter.queryRaw;
    adapter.queryRaw = (query) => (onlyReads(database, query.sql) ? reader.queryRaw(query) : written(query));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await reader.dispose();
      await dispose();
    };
  }
}

function isFileUrl(url: string): boolean {
  const file = url.replace(/^file:/, "");
  return file !== "" && file !== ":memory:" && !file.startsWith("file::memory:");
}

/** A SELECT that SQLite says writes nothing; anything it cannot compile goes the writing way, which reports it. */
function onlyReads(database: Database.Database, sql: string): boolean {
  if (!/^\s*(SELECT|WITH)\b/i.test(sql)) return false;
  try {
    return database.prepare(sql).readonly;
  } catch {
    return false;
  }
}
