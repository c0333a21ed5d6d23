import "server-only";

/**
 * Generous limits for every transaction: on SQLite every transaction of the process waits its turn on one
 * connection, and a statement may wait up to busy_timeout (5 s) for another process's lock.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;
