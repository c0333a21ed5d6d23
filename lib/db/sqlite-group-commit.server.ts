import "server-only";

/**
 * Group commit for one SQLite connection: transactions that queue up behind each other share one COMMIT, and
 * so one flush to disk, while each is still acknowledged only once that COMMIT has succeeded.
 *
 * Why: with `synchronous = FULL` every COMMIT waits for the disk (measured here: 1–9 ms, p50 3 ms), and
 * better-sqlite3 waits on the server's only thread, so under load most of a save's time was that flush. SQLite
 * has no group commit of its own; this is the classic one built on savepoints:
 *
 * - The first transaction opens a real one (`BEGIN IMMEDIATE`: the write lock first, see the adapter); each
 *   transaction runs inside `SAVEPOINT member` within it.
 * - A transaction that commits releases its savepoint and waits for the batch. If another transaction is
 *   already waiting for the connection, it gets the connection with the real transaction still open; the last
 *   of the batch (nobody waiting, or `maxMembers` reached) runs the real COMMIT and settles every member: all
 *   succeed together or all fail together. No member is told "committed" before the flush.
 * - A transaction that rolls back undoes only its own savepoint; the others in the batch are untouched.
 * - If SQLite abandons the real transaction (it may after a full disk or an I/O error), every member still
 *   waiting fails with that error; later statements of the failed member are refused rather than run outside
 *   any transaction.
 * - Statements outside a transaction wait until the batch is committed, so they never see or join writes that
 *   are not yet durable.
 */

/** Runs SQL on the connection; failures come back as the adapter's errors. */
export type ExecuteSql = (sql: string) => Promise<unknown>;

export interface GroupCommitConnection {
  readonly execute: ExecuteSql;
  /** Whether the connection is inside a transaction now (better-sqlite3's `inTransaction`). */
  readonly inTransaction: () => boolean;
  /** Undoes the open transaction without going through the adapter: used when its COMMIT failed. */
  readonly rollbackNow: () => void;
}

interface Waiter {
  readonly transaction: boolean;
  readonly grant: () => void;
}

const SAVEPOINT = "group_commit_member";

class Batch {
  readonly #settlers: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  members = 0;
  /** The last error a member's statement raised: what the batch failed of, if SQLite abandoned it. */
  lastStatementError: unknown = undefined;

  /** A member whose writes are in; settles when the batch commits or fails. */
  join(): Promise<void> {
    return new Promise((resolve, reject) => this.#settlers.push({ resolve, reject }));
  }

  get waiting(): number {
    return this.#settlers.length;
  }

  succeed(): void {
    for (const settler of this.#settlers.splice(0)) settler.resolve();
  }

  fail(error: unknown): void {
    for (const settler of this.#settlers.splice(0)) settler.reject(error);
  }
}

/** One transaction's life inside a batch: its statements, then exactly one commit or rollback. */
export interface GroupCommitMember {
  /** Runs one of the transaction's statements; refused once the batch's real transaction is gone. */
  run<T>(statement: () => Promise<T>): Promise<T>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export class GroupCommit {
  readonly #connection: GroupCommitConnection;
  readonly #maxMembers: number;
  readonly #waiting: Waiter[] = [];
  #held = false;
  #batch: Batch | null = null;

  constructor(connection: GroupCommitConnection, maxMembers = 16) {
    this.#connection = connection;
    this.#maxMembers = maxMembers;
  }

  /** A statement outside any transaction: alone on the connection, after every earlier batch has committed. */
  async statement<T>(work: () => Promise<T>): Promise<T> {
    await this.#acquire(false);
    try {
      return await work();
    } finally {
      await this.#release();
    }
  }

  /** Starts a transaction: joins the open batch, or opens one. */
  async begin(): Promise<GroupCommitMember> {
    await this.#acquire(true);
    const { execute } = this.#connection;
    try {
      if (!this.#batch) {
        await execute("BEGIN IMMEDIATE");
        this.#batch = new Batch();
      }
      await execute(`SAVEPOINT ${SAVEPOINT}`);
    } catch (error) {
      await this.#release();
      throw error;
    }
    const batch = this.#batch;
    batch.members += 1;
    return this.#member(batch);
  }

  #member(batch: Batch): GroupCommitMember {
    const { execute, inTransaction } = this.#connection;
    let ended = false;
    // Prisma may call rollback() after a commit() that failed; the batch has already dealt with that member.
    const end = (): boolean => {
      const first = !ended;
      ended = true;
      return first;
    };
    // SQLite may abandon the real transaction after an error; anything run then would be committed on its own.
    const abandoned = () => this.#batch !== batch || !inTransaction();

    return {
      run: async (statement) => {
        if (abandoned()) throw batchLost(batch);
        try {
          return await statement();
        } catch (error) {
          batch.lastStatementError = error;
          throw error;
        }
      },
      commit: async () => {
        if (!end()) throw new Error("This transaction has already ended");
        if (abandoned()) {
          await this.#abandon(batch);
          throw batchLost(batch);
        }
        try {
          await execute(`RELEASE SAVEPOINT ${SAVEPOINT}`);
        } catch (error) {
          await this.#undoMember(batch);
          throw error;
        }
        const durable = batch.join();
        await this.#release();
        return durable;
      },
      rollback: async () => {
        if (end()) await this.#undoMember(batch);
      },
    };
  }

  /** Undoes one member's writes (the others' stay), then passes the connection on. */
  async #undoMember(batch: Batch): Promise<void> {
    if (this.#batch !== batch) return this.#release();
    if (!this.#connection.inTransaction()) return this.#abandon(batch);
    try {
      await this.#connection.execute(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      await this.#connection.execute(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    } catch (error) {
      // The savepoint cannot be undone: the whole batch is, and every member waiting fails with it.
      batch.lastStatementError ??= error;
      return this.#abandon(batch);
    }
    return this.#release();
  }

  /** The real transaction is gone or cannot be trusted: roll it back, fail every member, free the connection. */
  async #abandon(batch: Batch): Promise<void> {
    if (this.#batch === batch) {
      this.#batch = null;
      this.#rollbackQuietly();
      batch.fail(batchLost(batch));
    }
    return this.#release();
  }

  #rollbackQuietly(): void {
    try {
      if (this.#connection.inTransaction()) this.#connection.rollbackNow();
    } catch {
      // Nothing more can be done here; the next BEGIN fails and says why.
    }
  }

  async #acquire(transaction: boolean): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((grant) => this.#waiting.push({ transaction, grant }));
  }

  /**
   * Passes the connection on: to the next transaction while the batch is open (it joins), or, when the next in
   * line is not a transaction or nobody waits or the batch is full, after committing the batch.
   */
  async #release(): Promise<void> {
    const next = this.#waiting[0];
    const batch = this.#batch;
    if (batch && !(next?.transaction && batch.members < this.#maxMembers)) {
      this.#batch = null;
      await this.#commit(batch);
    }
    const granted = this.#waiting.shift();
    if (granted) granted.grant();
    else this.#held = false;
  }

  async #commit(batch: Batch): Promise<void> {
    if (batch.waiting === 0) {
      // Every member rolled back: nothing to flush.
      this.#rollbackQuietly();
      return;
    }
    try {
      await this.#connection.execute("COMMIT");
    } catch (error) {
      // prisma/orm#29933: a failed COMMIT can leave SQLite inside the transaction; undo it, or later writes
      // on this connection would be acknowledged inside a transaction that never commits.
      this.#rollbackQuietly();
      batch.fail(error);
      return;
    }
    batch.succeed();
  }
}

function batchLost(batch: Batch): unknown {
  return batch.lastStatementError ?? new Error("SQLite rolled back the transaction; nothing of it was stored");
}
