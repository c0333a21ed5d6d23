import "server-only";

import { storedAuditEventSchema } from "@/lib/audit/events";

import { getDb } from "./client.server";
import { parseStored } from "./stored-json.server";
import type { AuditEventPage, ListAuditEventsOptions } from "./types";

export const DEFAULT_AUDIT_PAGE_SIZE = 100;
const MAX_AUDIT_PAGE_SIZE = 500;

/**
 * Audit events, newest first (by sequence, which is the order they were committed in), a page at a time.
 * Only exact matches and ranges, which behave the same on SQLite and PostgreSQL (no `contains`, no case folding).
 */
export async function listAuditEvents(options: ListAuditEventsOptions = {}): Promise<AuditEventPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_AUDIT_PAGE_SIZE), 1), MAX_AUDIT_PAGE_SIZE);
  const db = await getDb();
  // Undefined filters are ignored by Prisma; one row more than the page tells whether another page follows.
  const rows = await db.auditEvent.findMany({
    where: {
      actorUserId: options.actorUserId,
      patientId: options.patientId,
      event: options.event,
      at: { gte: options.from, lt: options.to },
      sequence: options.before === undefined ? undefined : { lt: Math.trunc(options.before) },
    },
    orderBy: { sequence: "desc" },
    take: limit + 1,
    omit: { hash: true, prevHash: true },
  });
  const page = rows.slice(0, limit);
  return {
    events: page.map((row) => parseStored(storedAuditEventSchema, row, `audit event #${row.sequence}`)),
    nextCursor: rows.length > limit ? (page.at(-1)?.sequence ?? null) : null,
  };
}
