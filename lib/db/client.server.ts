import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { resolveDatabaseTarget, type DatabaseTarget } from "./database-url.server";
import type { PrismaClient } from "./generated/sqlite/client";
import { DEFAULT_SQLITE_PRAGMAS, SafeSqliteAdapterFactory, type SqlitePragmas } from "./sqlite-adapter.server";

/**
 * The client type all data-access code is written against. Both generated clients come from one model and
 * have the same API, but TypeScript cannot assign one to the other; the PostgreSQL client is cast to this
 * type once, below, and the data-access tests run every function on both engines.
 */
export type Db = PrismaClient;

/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Generous limits: on SQLite every transaction of the process waits its turn on one connection, and a
 * statement may wait up to busy_timeout (5 s) for another process's lock.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export interface DbConfig {
  /** Defaults to DATABASE_URL (see database-url.server.ts). */
  readonly url?: string;
  /** SQLite only; tests shorten the busy timeout or use a rollback journal. */
  readonly sqlite?: Partial<SqlitePragmas>;
}

interface OpenDb {
  readonly target: DatabaseTarget;
  readonly client: Promise<Db>;
}

// On globalThis so that Next's dev server, which re-evaluates modules on change, keeps one client.
const holder = globalThis as typeof globalThis & { __ketamineScreeningDb?: OpenDb };

async function createClient(target: DatabaseTarget, pragmas: SqlitePragmas): Promise<Db> {
  if (target.engine === "sqlite") {
    const { PrismaClient: SqliteClient } = await import("./generated/sqlite/client");
    return new SqliteClient({ adapter: new SafeSqliteAdapterFactory(target.url, pragmas, { readConnection: true }) });
  }
  const { PrismaClient: PostgresClient } = await import("./generated/postgresql/client");
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}

/** Creates the process's client and holds it, with nothing awaited in between. */
function holdNewClient(config: DbConfig): OpenDb {
  const target = resolveDatabaseTarget(config.url);
  const client = createClient(target, { ...DEFAULT_SQLITE_PRAGMAS, ...config.sqlite });
  const open = { target, client };
  holder.__ketamineScreeningDb = open;
  // A failed open must not stick: the next call tries again.
  client.catch(() => {
    if (holder.__ketamineScreeningDb === open) holder.__ketamineScreeningDb = undefined;
  });
  return open;
}

/** Opens the process's client (closing any open one first). Only tests and scripts need to call this. */
export async function openDb(config: DbConfig = {}): Promise<Db> {
  await disconnectDb();
  return holdNewClient(config).client;
}

/**
 * The process's client, created on first use from DATABASE_URL. The client is held before anything is awaited:
 * a server's first requests arrive together, and if each could start opening before the first had finished,
 * each would get a client of its own (on PostgreSQL a connection pool each, enough of them to use up the
 * server's connections; on SQLite several connections in a process built around one).
 */
export function getDb(): Promise<Db> {
  return (holder.__ketamineScreeningDb ?? holdNewClient({})).client;
}

/** Which engine the process's client uses (opening it if needed). */
export async function currentDatabaseTarget(): Promise<DatabaseTarget> {
  await getDb();
  const open = holder.__ketamineScreeningDb;
  if (!open) throw new Error("The database client failed to open");
  return open.target;
}

export async function disconnectDb(): Promise<void> {
  const open = holder.__ketamineScreeningDb;
  holder.__ketamineScreeningDb = undefined;
  if (open) await (await open.client.catch(() => null))?.$disconnect();
}
