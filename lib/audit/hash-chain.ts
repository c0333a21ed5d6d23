/**
 * The audit trail's hash chain, pure: each event's hash is SHA-256 over the previous event's hash and the
 * event's own content, so altering, removing or reordering a stored event breaks every hash from there on.
 *
 * What it proves, and what not: someone who edits rows by hand is found out; someone with write access who also
 * recomputes every later hash and the chain head is not. Recording the last hash elsewhere (`npm run
 * audit:verify` prints it) makes even that visible: the chain must still pass through the recorded hash.
 */
import { createHash } from "node:crypto";

/** The `prevHash` of event #1. */
export const GENESIS_HASH = "0".repeat(64);

/** Every stored column of an event except its hash columns, as the database returns them. */
export interface AuditEventContent {
  readonly sequence: number;
  readonly at: Date;
  readonly actorUserId: string | null;
  readonly actorEmail: string | null;
  readonly event: string;
  readonly outcome: string;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly patientId: string | null;
  readonly ipAddress: string | null;
  /** The stored JSON text, hashed as text (never re-serialised). */
  readonly detail: string | null;
}

/** A stored event with its link to the previous one. */
export interface AuditChainRow extends AuditEventContent {
  readonly hash: string;
  readonly prevHash: string;
}

/** The chain head as stored: the last event's sequence and hash (0 and GENESIS_HASH before the first event). */
export interface AuditChainHeadState {
  readonly sequence: number;
  readonly hash: string;
}

/**
 * The text that is hashed: a JSON object with every content column in this fixed order, nulls written out and
 * `at` as an ISO 8601 UTC string with milliseconds. Changing it makes every stored hash fail: never change it.
 */
export function canonicalAuditContent(content: AuditEventContent): string {
  const ordered = {
    sequence: content.sequence,
    at: content.at.toISOString(),
    actorUserId: content.actorUserId,
    actorEmail: content.actorEmail,
    event: content.event,
    outcome: content.outcome,
    recordType: content.recordType,
    recordId: content.recordId,
    patientId: content.patientId,
    ipAddress: content.ipAddress,
    detail: content.detail,
  } satisfies Record<keyof AuditEventContent, unknown>;
  return JSON.stringify(ordered);
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * SHA-256 (lower-case hex) of `prevHash` followed by the canonical content. `prevHash` always has 64 characters,
 * so where it ends and the content begins is never ambiguous.
 */
export function chainHash(prevHash: string, content: AuditEventContent): string {
  if (!SHA256_HEX.test(prevHash)) throw new Error("prevHash must be 64 lower-case hex digits");
  return createHash("sha256").update(prevHash).update(canonicalAuditContent(content)).digest("hex");
}

/**
 * Why the chain is broken, at `firstBrokenSequence`:
 * - `content-altered`: the event's stored hash is not the hash of its content (a field or the hash was edited);
 * - `link-broken`: its prevHash is not the previous event's hash;
 * - `sequence-gap`: the event with that number is missing (removed), including the last one, which only the
 *   chain head reveals;
 * - `out-of-order`: a number came again or went backwards (rows fed in the wrong order, or a sequence edited);
 * - `head-mismatch`: the chain head disagrees with the last event (it is missing, or names another hash, or
 *   events were added after it without going through it).
 */
export type ChainBreakReason = "content-altered" | "link-broken" | "sequence-gap" | "out-of-order" | "head-mismatch";

export type ChainVerification =
  | { readonly ok: true; readonly count: number; readonly lastSequence: number; readonly lastHash: string }
  | { readonly ok: false; readonly firstBrokenSequence: number; readonly reason: ChainBreakReason; readonly message: string };

type ChainBreak = Extract<ChainVerification, { ok: false }>;

export interface ChainVerifier {
  /** Checks the next row (rows must come in ascending sequence order); false once the chain is broken. */
  push(row: AuditChainRow): boolean;
  /**
   * The verdict on the rows pushed so far: the first break, if any. With `head` (null: the head row is
   * missing), also checks that the chain ends where the head says, which reveals removed or added last events.
   */
  result(head?: AuditChainHeadState | null): ChainVerification;
}

/**
 * Verifies a chain one row at a time, keeping only the last row's sequence and hash: a table of any size is
 * checked in flat memory, batch after batch. The first break is kept; later rows are ignored.
 */
export function createChainVerifier(): ChainVerifier {
  let count = 0;
  let lastSequence = 0;
  let lastHash = GENESIS_HASH;
  let broken: ChainBreak | null = null;

  const breakAt = (firstBrokenSequence: number, reason: ChainBreakReason, message: string) => {
    broken = { ok: false, firstBrokenSequence, reason, message };
    return false;
  };

  return {
    push(row) {
      if (broken) return false;
      const expected = lastSequence + 1;
      if (row.sequence > expected) return breakAt(expected, "sequence-gap", `event #${expected} is missing (the next is #${row.sequence})`);
      if (row.sequence < expected) return breakAt(expected, "out-of-order", `event #${row.sequence} came where #${expected} was expected`);
      if (row.prevHash !== lastHash) return breakAt(expected, "link-broken", `event #${expected} does not link to the event before it`);
      if (chainHash(row.prevHash, row) !== row.hash) return breakAt(expected, "content-altered", `event #${expected} does not match its hash`);
      count += 1;
      lastSequence = row.sequence;
      lastHash = row.hash;
      return true;
    },

    result(head) {
      if (broken) return broken;
      if (head === null) {
        return count === 0
          ? { ok: true, count, lastSequence, lastHash }
          : { ok: false, firstBrokenSequence: lastSequence, reason: "head-mismatch", message: "the chain head is missing" };
      }
      if (head !== undefined) {
        if (head.sequence > lastSequence) {
          const missing = lastSequence + 1;
          return { ok: false, firstBrokenSequence: missing, reason: "sequence-gap", message: `event #${missing} is missing (the chain head records ${head.sequence} events)` };
        }
        if (head.sequence < lastSequence) {
          const extra = head.sequence + 1;
          return { ok: false, firstBrokenSequence: extra, reason: "head-mismatch", message: `event #${extra} was added after the chain head` };
        }
        if (head.hash !== lastHash) {
          return { ok: false, firstBrokenSequence: lastSequence, reason: "head-mismatch", message: `the chain head does not name event #${lastSequence}'s hash` };
        }
      }
      return { ok: true, count, lastSequence, lastHash };
    },
  };
}

/** Verifies rows already in memory, in ascending sequence order (see `createChainVerifier` for large tables). */
export function verifyChain(rows: Iterable<AuditChainRow>, head?: AuditChainHeadState | null): ChainVerification {
  const verifier = createChainVerifier();
  for (const row of rows) if (!verifier.push(row)) break;
  return verifier.result(head);
}
