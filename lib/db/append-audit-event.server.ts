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
 * Appends one event to the audit trail inside the caller's transaction, so the audited change and its event
 * commit together or not at all. Throws on an input outside the vocabulary (a bug in the caller).
 *
 * Concurrent appends never fork the chain: the first statement increments the chain head's sequence, which on
 * PostgreSQL locks the head row until the transaction ends (every other appender, in any process, waits there
 * and then sees the committed head), and on SQLite runs inside a transaction that began IMMEDIATE, holding the
 * file's write lock. Call it as the transaction's last write, so the head stays locked briefly.
 * On PostgreSQL the transaction must run at READ COMMITTED (Prisma's default): at a stricter level a waiting
 * appender fails with a serialisation error instead of continuing from the new head.
 *
 * `at` is `now` when given, else the time the head was locked, so times follow the sequence within one server.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput, now?: Date): Promise<AppendedAuditEvent> {
  const event = auditEventInputSchema.parse(input);
  const { sequence, prevHash } = await advanceChainHead(tx);
  const content: AuditEventContent = {
    sequence,
    at: now ?? new Date(),
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
  const hash = chainHash(prevHash, content);
  await tx.auditEvent.create({ data: { ...content, hash, prevHash }, select: { sequence: true } });
  await tx.auditChainHead.update({ where: { id: HEAD_ID }, data: { hash }, select: { id: true } });
  return { sequence, at: content.at, hash };
}

/** Claims the next sequence number and returns it with the previous event's hash. */
async function advanceChainHead(tx: Tx): Promise<{ sequence: number; prevHash: string }> {
  const advance = () => tx.auditChainHead.updateMany({ where: { id: HEAD_ID }, data: { sequence: { increment: 1 } } });
  let advanced = await advance();
  if (advanced.count === 0) {
    // The very first append creates the head. Two first appenders may race (in separate processes): with
    // ON CONFLICT DO NOTHING the second waits for the first's insert and then does nothing, where a failed
    // insert (P2002) would abort the caller's whole transaction on PostgreSQL. Same SQL on both engines.
    await tx.$executeRaw`INSERT INTO "AuditChainHead" ("id", "sequence", "hash") VALUES (${HEAD_ID}, 0, ${GENESIS_HASH}) ON CONFLICT ("id") DO NOTHING`;
    advanced = await advance();
  }
  if (advanced.count !== 1) throw new Error("The audit chain head could not be advanced");
  const head = await tx.auditChainHead.findUniqueOrThrow({ where: { id: HEAD_ID }, select: { sequence: true, hash: true } });
  return { sequence: head.sequence, prevHash: head.hash };
}
