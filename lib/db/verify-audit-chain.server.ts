import "server-only";

import { createChainVerifier, type AuditChainHeadState, type ChainVerification } from "@/lib/audit/hash-chain";

import { getDb, type Db } from "./client.server";

export const AUDIT_VERIFY_BATCH_SIZE = 1000;

/**
 * Checks the whole audit trail: every event's hash, every link, sequences 1, 2, 3… without gaps, and that the
 * chain head names the last event (so removing the last event is found too). Reads the table in sequence
 * order, `batchSize` rows at a time, in flat memory; it stops at the first break.
 *
 * Runs beside the app without locking anything: it checks the chain up to the head as read when it starts;
 * events appended meanwhile are left for the next run.
 */
export async function verifyAuditChain(options: { batchSize?: number } = {}): Promise<ChainVerification> {
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? AUDIT_VERIFY_BATCH_SIZE));
  const db = await getDb();
  const head = await readHead(db);
  const verifier = createChainVerifier();

  let after: number | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      // No lower bound on the first batch: a row numbered 0 or below must be seen, and fails.
      where: { sequence: { gt: after, lte: head?.sequence } },
      orderBy: { sequence: "asc" },
      take: batchSize,
    });
    for (const row of rows) if (!verifier.push(row)) return verifier.result();
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) break;
    after = last.sequence;
  }

  const verdict = verifier.result(head);
  if (!verdict.ok) return verdict;
  // Rows past the head were not written through it. The latest row is read before the head: an append commits
  // its row and the head together, so a head read later has always reached every row read earlier.
  const latest = await db.auditEvent.findFirst({ orderBy: { sequence: "desc" }, select: { sequence: true } });
  const headNow = await readHead(db);
  const headSequence = headNow?.sequence ?? 0;
  if (latest && latest.sequence > headSequence) {
    const extra = await db.auditEvent.findFirst({ where: { sequence: { gt: headSequence } }, orderBy: { sequence: "asc" }, select: { sequence: true } });
    const sequence = extra?.sequence ?? latest.sequence;
    return { ok: false, firstBrokenSequence: sequence, reason: "head-mismatch", message: `event #${sequence} was added after the chain head` };
  }
  return verdict;
}

async function readHead(db: Db): Promise<AuditChainHeadState | null> {
  return db.auditChainHead.findUnique({ where: { id: 1 }, select: { sequence: true, hash: true } });
}
