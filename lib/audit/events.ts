/**
 * The audit trail's vocabulary: which events are recorded, their outcomes, what a caller passes to record one,
 * and the schema that reads a stored event back. Pure: no framework, no database.
 *
 * The lists only grow. A stored event keeps its name for ever and is read back through the same list, so a name
 * is never removed or renamed; a new kind of event gets a new name.
 */
import { z } from "@/lib/validation/zod";

/** Every event the app records (the `event` column). */
export const AUDIT_EVENTS = [
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "idle-logoff",
  "mfa-enrolled",
  "mfa-reset",
  "password-changed",
  "screening-created",
  "screening-viewed",
  "patient-prefill-read",
  "account-created",
  "account-deactivated",
  "access-denied",
  "patient-identity-changed",
  "draft-saved",
  "draft-opened",
  "draft-discarded",
  "flag-decision-recorded",
  "counselling-discussed",
  "screening-signed",
  "screening-sign-failed",
  "screening-amended",
  "patient-history-viewed",
  "screenings-exported",
  "screening-exported",
  "api-token-issued",
  "api-token-revoked",
  "api-token-used",
] as const;
export type AuditEventName = (typeof AUDIT_EVENTS)[number];

/** `failure`: the attempt failed (a wrong password); `denied`: the actor was not allowed to do it. */
export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Small facts about an event: a reason code, a role, a count. Flat, with strings, finite numbers and booleans only.
 *
 * NEVER patient data: no names, dates of birth, record numbers, answers or notes. The trail is read by people
 * who audit access, and it can never be edited or purged, so anything identifying written here stays for ever.
 * A patient is referred to by `patientId` only.
 */
export type AuditDetail = Readonly<Record<string, string | number | boolean>>;

export const MAX_DETAIL_KEYS = 20;
const MAX_DETAIL_TEXT = 500;

/**
 * Text that stores and reads back unchanged on both engines: PostgreSQL refuses NUL in text, and a lone UTF-16
 * surrogate is replaced when encoded as UTF-8. Either would make a stored row differ from what was hashed.
 */
function storableText(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((text) => !text.includes("\u0000") && !/[\uD800-\uDFFF]/u.test(text), "must not contain NUL or unpaired surrogates");
}

export const auditDetailSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "detail keys are short identifiers"),
    z.union([storableText(MAX_DETAIL_TEXT), z.number(), z.boolean()]),
  )
  .refine((detail) => Object.keys(detail).length <= MAX_DETAIL_KEYS, `at most ${MAX_DETAIL_KEYS} detail keys`);

/**
 * What a caller passes to record an event. Only `event` and `outcome` are required; what is left out is
 * stored (and hashed) as null.
 */
export const auditEventInputSchema = z.strictObject({
  /** The acting user's id; absent for an anonymous attempt (a failed sign-in with an unknown name). */
  actorUserId: storableText(200).nullish(),
  /** The sign-in name the actor used or had at the time. */
  actorEmail: storableText(320).nullish(),
  event: z.enum(AUDIT_EVENTS),
  outcome: z.enum(AUDIT_OUTCOMES),
  /** What kind of record the event is about ("screening", "user"), with `recordId`. */
  recordType: storableText(64).nullish(),
  recordId: storableText(200).nullish(),
  /** The patient whose record was touched, by id only. */
  patientId: storableText(200).nullish(),
  ipAddress: storableText(100).nullish(),
  detail: auditDetailSchema.nullish(),
});
export type AuditEventInput = z.input<typeof auditEventInputSchema>;

/** `detail` as stored: JSON text of a flat object (see `auditDetailText`). */
const storedDetailSchema = z
  .string()
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "detail is not JSON" });
      return z.NEVER;
    }
  })
  .pipe(auditDetailSchema);

/**
 * A stored event read back (without its hash columns, which only the chain verifier needs). Fails loudly on a
 * name outside the vocabulary or a detail that is not a flat object.
 */
export const storedAuditEventSchema = z.object({
  sequence: z.number().int().positive(),
  at: z.date(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  event: z.enum(AUDIT_EVENTS),
  outcome: z.enum(AUDIT_OUTCOMES),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  patientId: z.string().nullable(),
  ipAddress: z.string().nullable(),
  detail: storedDetailSchema.nullable(),
});
export type AuditEventRecord = z.output<typeof storedAuditEventSchema>;

/** The `detail` column's text: keys sorted, so equal details are stored as equal text. */
export function auditDetailText(detail: AuditDetail): string {
  return JSON.stringify(Object.fromEntries(Object.entries(detail).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
