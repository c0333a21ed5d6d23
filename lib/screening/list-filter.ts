/**
 * The screening list's filters, read from its query string: status, highest severity, a range of days (UTC,
 * both ends included), one patient (by id: a name or record number never goes into a URL), the signer (by
 * account id), the order, and the page (a cursor). Malformed filters are reported on their field.
 */
import { SCREENING_STATUSES } from "@/lib/review/status";
import { dayRangeBounds, optionalChoiceParam, optionalDayParam, optionalTextParam } from "@/lib/validation/query-params";
import { z } from "@/lib/validation/zod";

/** Stored screenings' statuses; the list's status filter also offers "draft" (drafts are kept apart). */
export const LIST_STATUSES = SCREENING_STATUSES;
export const LIST_STATUS_FILTERS = ["draft", ...LIST_STATUSES] as const;
export const LIST_SEVERITIES = ["critical", "warning", "info"] as const;
export const LIST_SORTS = ["newest", "oldest"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** Where a page ends: the last row's time and id (the id breaks ties within one millisecond). */
export interface ListCursor {
  readonly createdAt: Date;
  readonly id: string;
}

const CURSOR_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Account ids as better-auth and the test fixtures make them (alphanumeric, UUIDs). */
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const UNKNOWN_SIGNER = "Choose the signer from the list";

/** Opaque in the URL, so nobody builds one by hand; carries no patient data. */
export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(`${cursor.createdAt.getTime()}.${cursor.id}`, "utf8").toString("base64url");
}

export function decodeListCursor(text: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  const match = /^(\d{1,15})\.(.+)$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match || !CURSOR_ID.test(match[2]!)) return null;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2]! };
}

const NOT_A_PAGE = "Not a page of this list: start again from the first page";

export const screeningListFilterSchema = z
  .strictObject(
    {
      status: optionalChoiceParam(LIST_STATUS_FILTERS, "Choose a status from the list"),
      severity: optionalChoiceParam(LIST_SEVERITIES, "Choose a severity from the list"),
      from: optionalDayParam,
      to: optionalDayParam,
      patient: optionalTextParam(64, "Choose the patient again"),
      signer: optionalTextParam(64, UNKNOWN_SIGNER).refine((id) => id === undefined || ACCOUNT_ID.test(id), UNKNOWN_SIGNER),
      sort: optionalChoiceParam(LIST_SORTS, "Choose newest or oldest first"),
      after: z
        .string()
        .transform((text, context) => {
          if (text === "") return undefined;
          const cursor = decodeListCursor(text);
          if (!cursor) context.addIssue({ code: "custom", message: NOT_A_PAGE });
          return cursor ?? undefined;
        })
        .optional(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown filter: ${issue.keys.join(", ")}` : undefined) },
  )
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ["to"], error: "The last day is before the first day" });

export type ScreeningListFilter = z.output<typeof screeningListFilterSchema>;

/** What the data layer is asked for. */
export interface ScreeningListQuery {
  readonly status?: (typeof LIST_STATUSES)[number];
  readonly severity?: (typeof LIST_SEVERITIES)[number];
  readonly patientId?: string;
  /** The account that signed it. */
  readonly signedById?: string;
  /** At or after. */
  readonly from?: Date;
  /** Before (exclusive). */
  readonly to?: Date;
  readonly sort: ListSort;
  readonly after?: ListCursor;
}

/** The stored screenings a filter asks for; null when it asks for drafts only. */
export function screeningListQueryOf(filter: ScreeningListFilter): ScreeningListQuery | null {
  if (filter.status === "draft") return null;
  return {
    status: filter.status,
    severity: filter.severity,
    patientId: filter.patient,
    signedById: filter.signer,
    ...dayRangeBounds(filter.from, filter.to),
    sort: filter.sort ?? "newest",
    after: filter.after,
  };
}
