/**
 * Sign-in throttling policy: limits on failed sign-ins per account and per client address, as data, and the
 * pure functions the data-access layer (lib/db/sign-in-throttle.server.ts) applies to each stored counter.
 *
 * OWASP ASVS 5.0 V6.3.1 and NIST SP 800-63B §3.2.2 ask for a limit on failed authentication attempts. Two
 * counters serve two attacks: guessing one account's password (account key, low limit) and trying common
 * passwords across many accounts from one address (address key, higher limit, never cleared by a success).
 *
 * Nothing here reveals whether an account exists: keys are built from what was typed, and the message is the
 * same for every key.
 */

const MINUTE_MS = 60_000;

/** One counter's limit: `maxFailures` failures within `windowMs` of the first lock the key for `lockMs`. */
export interface ThrottleLimit {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export interface ThrottlePolicy {
  readonly account: ThrottleLimit;
  readonly address: ThrottleLimit;
}

/** 5 failures per account, 20 per client address, each within 15 minutes, lock for 15 minutes. */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  account: { maxFailures: 5, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS },
  address: { maxFailures: 20, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS },
};

/** The policy with some limits replaced (tests shorten them). */
export function throttlePolicy(overrides: { readonly account?: Partial<ThrottleLimit>; readonly address?: Partial<ThrottleLimit> } = {}): ThrottlePolicy {
  return {
    account: { ...DEFAULT_THROTTLE_POLICY.account, ...overrides.account },
    address: { ...DEFAULT_THROTTLE_POLICY.address, ...overrides.address },
  };
}

export type AccountThrottleKey = `account:${string}`;
export type AddressThrottleKey = `address:${string}`;
export type ThrottleKey = AccountThrottleKey | AddressThrottleKey;

/** The key of the account named by the typed email (trimmed, lower-case), whether or not the account exists. */
export function accountThrottleKey(email: string): AccountThrottleKey {
  return `account:${email.trim().toLowerCase()}`;
}

/**
 * The key of a client address. The caller resolves the address (from a proxy header it trusts); IPv6 is
 * written in any case, so it is lower-cased here.
 */
export function addressThrottleKey(clientAddress: string): AddressThrottleKey {
  return `address:${clientAddress.trim().toLowerCase()}`;
}

export function limitFor(key: ThrottleKey, policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY): ThrottleLimit {
  if (key.startsWith("account:")) return policy.account;
  if (key.startsWith("address:")) return policy.address;
  // The type rules this out; a key from elsewhere (a string cast) must not get a limit silently.
  throw new Error(`Unknown sign-in throttle key kind: "${key.split(":")[0]}"`);
}

/** One counter as stored. */
export interface ThrottleState {
  readonly failures: number;
  readonly windowStartedAt: Date;
  readonly lockedUntil: Date | null;
}

export function isLocked(state: Pick<ThrottleState, "lockedUntil">, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * Whether a failure at `now` starts a new window: the old one has passed, or a lock it led to has run out
 * (after serving a lock the account gets a full set of attempts again, not a re-lock at the next failure).
 */
export function startsNewWindow(state: ThrottleState, now: Date, limit: ThrottleLimit): boolean {
  const windowPassed = now.getTime() >= state.windowStartedAt.getTime() + limit.windowMs;
  const lockServed = state.lockedUntil !== null && !isLocked(state, now);
  return windowPassed || lockServed;
}

/**
 * The state after one more failure at `now`, given the state before it (`null`: no counter yet). The
 * failure that reaches the limit sets the lock; failures while locked count but do not extend it.
 */
export function stateAfterFailure(previous: ThrottleState | null, now: Date, limit: ThrottleLimit): ThrottleState {
  const fresh = previous === null || startsNewWindow(previous, now, limit);
  const failures = fresh ? 1 : previous.failures + 1;
  const windowStartedAt = fresh ? now : previous.windowStartedAt;
  const current = fresh ? null : previous.lockedUntil;
  const lockedUntil = current === null && failures >= limit.maxFailures ? new Date(now.getTime() + limit.lockMs) : current;
  return { failures, windowStartedAt, lockedUntil };
}

/** Whole minutes until `lockedUntil`, rounded up, and at least 1: never "try again in 0 minutes". */
export function minutesUntil(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / MINUTE_MS));
}

export type ThrottleCheck = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMinutes: number };

/** Allowed unless any counter is locked at `now`; when locked, the longest wait among them. */
export function checkThrottleStates(states: readonly Pick<ThrottleState, "lockedUntil">[], now: Date): ThrottleCheck {
  const waits = states.flatMap((state) => (state.lockedUntil && isLocked(state, now) ? [minutesUntil(state.lockedUntil, now)] : []));
  return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterMinutes: Math.max(...waits) };
}

/** What the sign-in form shows while throttled: the same text whether or not the account exists. */
export function throttledMessage(retryAfterMinutes: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMinutes));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
