import "server-only";

import { auditDetailText, auditEventInputSchema, type AuditEventInput } from "@/lib/audit/events";
import { chainHash, GENESIS_HASH, type AuditEventContent } from "@/lib/audit/hash-chain";

import type { Tx } from "./client.server";

/** The one AuditChainHead row. */
const HEAD_ID = 1;

export interface AppendedAuditEvent {
  readonly sequence: number;
  readonly at: Date;
  readonly hash: string;
}

/**
 * Appends events to the audit trail inside the caller's transaction, in the order given, so the audited change
 * and its events commit together or not at all. Throws on an input outside the vocabulary (a bug in the caller).
 *
 * Concurrent appends never fork the chain: the first statement claims the events' sequence numbers on the chain
 * head, which on PostgreSQL locks the head row until the transaction ends (every other appender, in any process,
 * waits there and then sees the committed head), and on SQLite runs inside a transaction that began IMMEDIATE,
 * holding the file's write lock. Call it as the transaction's last write, so the head stays locked briefly.
 * On PostgreSQL the transaction must run at READ COMMITTED (Prisma's default): at a stricter level a waiting
 * appender fails with a serialisation error instead of continuing from the new head.
 *
 * Two statements and one insert per event (claim the numbers, insert, move the head's hash): a save that records
 * its screening, an API token's use and an identity change appends them together.
 *
 * `at` is `now` when given, else the time the head was claimed, so times follow the sequence within one server.
 */
export async function appendAuditEvents(tx: Tx, inputs: readonly AuditEventInput[], now?: Date): Promise<readonly AppendedAuditEvent[]> {
  if (inputs.length === 0) return [];
  const events = inputs.map((input) => auditEventInputSchema.parse(input));
  const { lastSequence, prevHash } = await claimSequences(tx, events.length);
  const at = now ?? new Date();
  let previous = prevHash;
  const rows = events.map((event, index) => {
    const content: AuditEventContent = {
      sequence: lastSequence - events.length + 1 + index,
      at,
      actorUserId: event.actorUserId ?? null,
      actorEmail: event.actorEmail ?? null,
      event: event.event,
      outcome: event.outcome,
      recordType: event.recordType ?? null,
      recordId: event.recordId ?? null,
      patientId: event.patientId ?? null,
      ipAddress: event.ipAddress ?? null,
      detail: event.detail ? auditDetailText(event.detail) : null,
    };
    const row = { ...content, hash: chainHash(previous, content), prevHash: previous };
    previous = row.hash;
    return row;
  });
  // One create each: Prisma's createMany costs more than two creates, and a save appends two or three events.
  for (const row of rows) await tx.auditEvent.create({ data: row, select: { sequence: true } });
  await tx.$executeRaw`UPDATE "AuditChainHead" SET "hash" = ${previous} WHERE "id" = ${HEAD_ID}`;
  return rows.map(({ sequence, hash }) => ({ sequence, at, hash }));
}

/** Appends one event: `appendAuditEvents` with one. */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput, now?: Date): Promise<AppendedAuditEvent> {
  const [appended] = await appendAuditEvents(tx, [input], now);
  return appended!;
}

/**
 * Claims `count` sequence numbers and returns the last of them with the previous event's hash, in one statement:
 * UPDATE … RETURNING gives the row as updated (on PostgreSQL, re-read after waiting for another appender's lock).
 */
async function claimSequences(tx: Tx, count: number): Promise<{ lastSequence: number; prevHash: string }> {
  const claim = () =>
    tx.$queryRaw<{ sequence: number | bigint; hash: string }[]>`UPDATE "AuditChainHead" SET "sequence" = "sequence" + ${count} WHERE "id" = ${HEAD_ID} RETURNING "sequence", "hash"`;
  let claimed = await claim();
  if (claimed.length === 0) {
    // The very first append creates the head. Two first appenders may race (in separate processes): with
    // ON CONFLICT DO NOTHING the second waits for the first's insert and then does nothing, where a failed
    // insert (P2002) would abort the caller's whole transaction on PostgreSQL. Same SQL on both engines.
    await tx.$executeRaw`INSERT INTO "AuditChainHead" ("id", "sequence", "hash") VALUES (${HEAD_ID}, 0, ${GENESIS_HASH}) ON CONFLICT ("id") DO NOTHING`;
    claimed = await claim();
  }
  const [head] = claimed;
  if (claimed.length !== 1 || !head) throw new Error("The audit chain head could not be advanced");
  return { lastSequence: Number(head.sequence), prevHash: head.hash };
}
