/**
 * The audit trail page's filters, read from its query string: who, which patient (by id), which event, and a
 * range of days (UTC, both ends included). A malformed filter is reported on its field, never ignored: an
 * auditor must not read an unfiltered list believing it filtered.
 */
import { z } from "@/lib/validation/zod";

import { AUDIT_EVENTS, type AuditEventName } from "./events";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-25").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Use a real date");
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const auditFilterSchema = z
  .strictObject({
    user: optionalText(64, "Choose a user from the list"),
    patient: optionalText(64, "A patient id has at most 64 characters"),
    event: z
      .enum(["", ...AUDIT_EVENTS], { error: "Choose an event from the list" })
      .transform((value) => (value === "" ? undefined : value))
      .optional(),
    from: z.union([z.literal(""), day]).transform((value) => (value === "" ? undefined : value)).optional(),
    to: z.union([z.literal(""), day]).transform((value) => (value === "" ? undefined : value)).optional(),
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

const DAY_MS = 24 * 60 * 60 * 1000;

/** The list query for a parsed filter: the `to` day is included, so the range ends at the next midnight (UTC). */
export function auditQueryOf(filter: AuditFilter): AuditQuery {
  return {
    actorUserId: filter.user,
    patientId: filter.patient,
    event: filter.event,
    from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
    to: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) : undefined,
    before: filter.before,
  };
}

/** Only the first value of a repeated query parameter counts; unknown parameters are reported. */
export function searchParamsRecord(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}
