import "server-only";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

export interface SqlitePragmas {
  /** WAL lets readers work while one writer commits. Tests use "DELETE" to reproduce prisma/orm#29933. */
  readonly journalMode: "WAL" | "DELETE";
  /** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
}

export const DEFAULT_SQLITE_PRAGMAS: SqlitePragmas = { journalMode: "WAL", busyTimeoutMs: 5000 };

/** The PRAGMAs every new connection runs; `synchronous` resets to NORMAL when a WAL file is reopened. */
export function sqlitePragmaScript(pragmas: SqlitePragmas): string {
  const timeout = Math.max(0, Math.trunc(pragmas.busyTimeoutMs));
  // busy_timeout first, so that switching the journal mode waits for other connections instead of failing.
  return [
    `PRAGMA busy_timeout = ${timeout};`,
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

/** One statement or transaction at a time on the connection, in arrival order. */
class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * The better-sqlite3 driver adapter (7.10.0) with its transactions replaced, because they can lose data:
 *
 * - prisma/orm#29933: Prisma sends `COMMIT` through the transaction; when it fails (SQLITE_BUSY: another
 *   process holds a lock past busy_timeout) Prisma calls `rollback()`, which in the stock adapter only
 *   releases its mutex. SQLite keeps the transaction open, so later writes on this shared connection are
 *   acknowledged but never committed, and vanish when the process exits. Here `rollback()` runs a real
 *   `ROLLBACK` whenever SQLite says the connection is still inside a transaction.
 * - The stock adapter never releases its mutex when `BEGIN` fails, so one busy `BEGIN` stalls every later
 *   transaction of the process. Here a failed `BEGIN` releases the lock.
 * - Transactions start with `BEGIN IMMEDIATE`, taking the write lock first and waiting busy_timeout for it.
 *   A plain `BEGIN` reads first and asks for the write lock later, which in WAL mode fails at once with
 *   SQLITE_BUSY when another process is writing. Every transaction of this app writes.
 * - Statements outside a transaction wait for it to finish: on one shared connection they would otherwise
 *   run inside whatever transaction is open, and be rolled back with it.
 *
 * And it sets the PRAGMAs on every new connection (the adapter's constructor only knows better-sqlite3's
 * options; `synchronous` would fall back to NORMAL when a WAL file is reopened).
 */
export class SafeSqliteAdapterFactory extends PrismaBetterSqlite3 {
  readonly #pragmas: SqlitePragmas;

  constructor(url: string, pragmas: SqlitePragmas = DEFAULT_SQLITE_PRAGMAS) {
    super({ url, timeout: pragmas.busyTimeoutMs });
    this.#pragmas = pragmas;
  }

  override async connect(): Promise<Adapter> {
    return this.#prepare(await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    return this.#prepare(await super.connectToShadowDb());
  }

  #prepare(adapter: Adapter): Adapter {
    const database = databaseOf(adapter);
    database.exec(sqlitePragmaScript(this.#pragmas));

    const lock = new ConnectionLock();
    // The unlocked originals run a transaction's own statements (it already holds the lock).
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const executeScript = adapter.executeScript.bind(adapter);
    const startStockTransaction = adapter.startTransaction.bind(adapter);

    adapter.queryRaw = (query) => lock.run(() => queryRaw(query));
    adapter.executeRaw = (query) => lock.run(() => executeRaw(query));
    adapter.executeScript = (script) => lock.run(() => executeScript(script));
    adapter.startTransaction = async (isolationLevel) => {
      // SQLite transactions are serializable; let the stock adapter reject any other level.
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") return startStockTransaction(isolationLevel);
      const release = await lock.acquire();
      try {
        await executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        release();
        throw error;
      }
      let open = true;
      const end = () => {
        if (open) {
          open = false;
          release();
        }
      };
      return {
        adapterName: adapter.adapterName,
        provider: adapter.provider,
        // Prisma sends COMMIT and ROLLBACK itself, then calls commit()/rollback() below.
        options: { usePhantomQuery: false },
        queryRaw,
        executeRaw,
        commit: async () => end(),
        rollback: async () => {
          try {
            if (database.inTransaction) database.exec("ROLLBACK");
          } finally {
            end();
          }
        },
        createSavepoint: async (name) => void (await executeRaw(statement(`SAVEPOINT ${name}`))),
        rollbackToSavepoint: async (name) => void (await executeRaw(statement(`ROLLBACK TO ${name}`))),
        releaseSavepoint: async (name) => void (await executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
      };
    };
    return adapter;
  }
}
