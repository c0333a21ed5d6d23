/**
 * The audit trail page's filters, read from its query string: who, which patient (by id), which event, and a
 * range of days (UTC, both ends included). A malformed filter is reported on its field, never ignored: an
 * auditor must not read an unfiltered list believing it filtered.
 */
import { dayRangeBounds, optionalChoiceParam, optionalDayParam, optionalTextParam } from "@/lib/validation/query-params";
import { z } from "@/lib/validation/zod";

import { AUDIT_EVENTS, type AuditEventName } from "./events";

export const auditFilterSchema = z
  .strictObject({
    user: optionalTextParam(64, "Choose a user from the list"),
    patient: optionalTextParam(64, "A patient id has at most 64 characters"),
    event: optionalChoiceParam(AUDIT_EVENTS, "Choose an event from the list"),
    from: optionalDayParam,
    to: optionalDayParam,
    before: z.coerce.number({ error: "Not a page of this list" }).int("Not a page of this list").positive("Not a page of this list").optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ["to"], error: "The last day is before the first day" });

export type AuditFilter = z.output<typeof auditFilterSchema>;

export interface AuditQuery {
  readonly actorUserId?: string;
  readonly patientId?: string;
  readonly event?: AuditEventName;
  /** Events at or after this time. */
  readonly from?: Date;
  /** Events before this time (exclusive, so consecutive ranges never overlap). */
  readonly to?: Date;
  /** Cursor: only events older than this sequence number (a page's `nextCursor`). */
  readonly before?: number;
}

/** The list query for a parsed filter: the `to` day is included, so the range ends at the next midnight (UTC). */
export function auditQueryOf(filter: AuditFilter): AuditQuery {
  return {
    actorUserId: filter.user,
    patientId: filter.patient,
    event: filter.event,
    ...dayRangeBounds(filter.from, filter.to),
    before: filter.before,
  };
}
