import "server-only";

import {
  checkThrottleStates,
  DEFAULT_THROTTLE_POLICY,
  limitFor,
  stateAfterFailure,
  type AccountThrottleKey,
  type ThrottleCheck,
  type ThrottleKey,
  type ThrottlePolicy,
  type ThrottleState,
} from "@/lib/auth/throttle-policy";

import { getDb, type Db } from "./client.server";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** On SQLite every transaction of the process waits its turn on one connection (see save-screening). */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

const STATE = { failures: true, windowStartedAt: true, lockedUntil: true } as const;

/** Distinct keys in one order, so two transactions lock the same rows in the same order (no deadlock). */
function distinctSorted(keys: readonly ThrottleKey[]): ThrottleKey[] {
  return [...new Set(keys)].sort();
}

/**
 * Whether a sign-in may be tried now: refused while any of the keys (account, address) is locked, with the
 * longest remaining wait. Call it before checking the password, so a locked account's password is not tested.
 */
export async function checkSignInThrottle(keys: readonly ThrottleKey[], now: Date = new Date()): Promise<ThrottleCheck> {
  const db = await getDb();
  // Compared here rather than in the query, so both engines' date handling cannot differ.
  const rows = await db.signInThrottle.findMany({ where: { key: { in: distinctSorted(keys) } }, select: { lockedUntil: true } });
  return checkThrottleStates(rows, now);
}

/**
 * Counts one failed sign-in against every key, in one transaction, and returns the check as it stands after
 * it: the failure that reaches a limit already answers "try again in 15 minutes".
 *
 * Concurrent failures from several app servers never lose a count: the first statement on each row is an
 * upsert with an increment, which takes the row's write lock until the transaction ends (PostgreSQL: INSERT …
 * ON CONFLICT DO UPDATE locks the row and sees the latest committed count; SQLite: the transaction began
 * IMMEDIATE, holding the database's write lock), so the window and lock decided afterwards from the returned
 * row cannot be overwritten by another transaction in between.
 */
export async function recordSignInFailure(
  keys: readonly ThrottleKey[],
  now: Date = new Date(),
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): Promise<ThrottleCheck> {
  const db = await getDb();
  const states = await db.$transaction(async (tx) => {
    const counted: ThrottleState[] = [];
    for (const key of distinctSorted(keys)) counted.push(await countFailure(tx, key, now, policy));
    return counted;
  }, TRANSACTION_OPTIONS);
  return checkThrottleStates(states, now);
}

async function countFailure(tx: Tx, key: ThrottleKey, now: Date, policy: ThrottlePolicy): Promise<ThrottleState> {
  const limit = limitFor(key, policy);
  const incremented = await tx.signInThrottle.upsert({
    where: { key },
    create: { key, failures: 1, windowStartedAt: now, lockedUntil: null },
    update: { failures: { increment: 1 } },
    select: STATE,
  });
  // The row as it was before this failure. A newly created row reads as an empty window starting now, for
  // which the policy gives the same state as for no row at all.
  const before: ThrottleState = { ...incremented, failures: incremented.failures - 1 };
  const after = stateAfterFailure(before, now, limit);
  if (sameState(after, incremented)) return after;
  // A new window, or the failure that reaches the limit: still under this transaction's lock on the row.
  return tx.signInThrottle.update({ where: { key }, data: after, select: STATE });
}

function sameState(a: ThrottleState, b: ThrottleState): boolean {
  return (
    a.failures === b.failures &&
    a.windowStartedAt.getTime() === b.windowStartedAt.getTime() &&
    (a.lockedUntil?.getTime() ?? null) === (b.lockedUntil?.getTime() ?? null)
  );
}

/**
 * Forgets the account's failures after a successful sign-in. Only account keys: an address that tried many
 * accounts stays throttled after guessing one password right.
 */
export async function clearSignInFailures(accountKey: AccountThrottleKey): Promise<void> {
  // The type already says so; a cast string must not clear an address's counter.
  if (!accountKey.startsWith("account:")) throw new Error("clearSignInFailures takes an account key only");
  const db = await getDb();
  await db.signInThrottle.deleteMany({ where: { key: accountKey } });
}
