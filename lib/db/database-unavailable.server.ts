import "server-only";

/**
 * Whether an error means the database cannot be used right now (unreachable, refusing connections, locked, out
 * of disk, its file read-only), as opposed to a bug or bad data: the first is answered 503 "try again later" and
 * clears by itself when the database is back; the second is a 500. Only lib/db knows Prisma's and the drivers'
 * error shapes, so the classification lives here.
 */

/** Prisma's codes for a database it cannot reach or wait for (https://www.prisma.io/docs/orm/reference/error-reference). */
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);

/** Driver adapter error kinds (@prisma/driver-adapter-utils) that say the same. */
const ADAPTER_UNAVAILABLE = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict", "DatabaseDoesNotExist"]);

/** SQLite primary result codes: BUSY 5, LOCKED 6, READONLY 8, IOERR 10, FULL 13, CANTOPEN 14. */
const SQLITE_UNAVAILABLE = new Set([5, 6, 8, 10, 13, 14]);
const SQLITE_NAMES = /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN)/;

/** Node's network errors, as pg raises them when PostgreSQL is down or goes away. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

/** PostgreSQL SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown). */
const POSTGRES_UNAVAILABLE = /^(08|57P)/;

/**
 * node-postgres reports a connection lost mid-query as a plain Error with only a message (Prisma passes it on
 * with nothing else): these are its fixed wordings, which quote nothing of the query.
 */
const PG_CONNECTION_LOST = /^(Connection terminated( unexpectedly| due to connection timeout)?|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect)$/;

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function describesUnavailable(value: unknown): boolean {
  const message = field(value, "message");
  if (typeof message === "string" && PG_CONNECTION_LOST.test(message.trim())) return true;
  const code = field(value, "code") ?? field(value, "errorCode");
  if (typeof code === "string" && (PRISMA_UNAVAILABLE.has(code) || NETWORK_CODES.has(code) || SQLITE_NAMES.test(code) || POSTGRES_UNAVAILABLE.test(code))) return true;
  const kind = field(value, "kind");
  if (typeof kind === "string" && ADAPTER_UNAVAILABLE.has(kind)) return true;
  if (kind === "sqlite") {
    // The better-sqlite3 adapter keeps the driver's code ("SQLITE_FULL") in originalCode and, for most codes,
    // reports extendedCode 1 (generic), so the name is what tells a full or read-only disk from a bug.
    const originalCode = field(value, "originalCode");
    if (typeof originalCode === "string" && SQLITE_NAMES.test(originalCode)) return true;
    const extended = field(value, "extendedCode");
    return typeof extended === "number" && SQLITE_UNAVAILABLE.has(extended & 0xff);
  }
  if (kind === "postgres") {
    const postgresCode = field(value, "code");
    return typeof postgresCode === "string" && POSTGRES_UNAVAILABLE.test(postgresCode);
  }
  return false;
}

/** Looks through the error, its causes and Prisma's wrapped driver error, a few levels deep. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 16) {
    const current = pending.pop();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (describesUnavailable(current)) return true;
    pending.push(field(current, "cause"), field(field(current, "meta"), "driverAdapterError"));
  }
  return false;
}
