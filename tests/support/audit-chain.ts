/**
 * Synthetic audit chains for the hash-chain tests: generated event contents (no patient data, only ids and
 * vocabulary), sealed into a chain exactly as appendAuditEvent does, and the ways a stored row can be tampered with.
 */
import fc from "fast-check";

import { AUDIT_EVENTS, AUDIT_OUTCOMES, auditDetailText } from "@/lib/audit/events";
import { chainHash, GENESIS_HASH, type AuditChainHeadState, type AuditChainRow, type AuditEventContent } from "@/lib/audit/hash-chain";

export type UnsealedContent = Omit<AuditEventContent, "sequence">;

/** Numbers the contents 1, 2, 3… and links each to the one before, as appendAuditEvent does. */
export function sealChain(contents: readonly UnsealedContent[]): AuditChainRow[] {
  const rows: AuditChainRow[] = [];
  let prevHash = GENESIS_HASH;
  contents.forEach((unsealed, index) => {
    const content = { ...unsealed, sequence: index + 1 };
    const hash = chainHash(prevHash, content);
    rows.push({ ...content, hash, prevHash });
    prevHash = hash;
  });
  return rows;
}

/** The head a chain's appends leave behind. */
export function headOf(rows: readonly AuditChainRow[]): AuditChainHeadState {
  const last = rows.at(-1);
  return last ? { sequence: last.sequence, hash: last.hash } : { sequence: 0, hash: GENESIS_HASH };
}

const optionalText = fc.option(fc.string({ maxLength: 24, unit: "binary" }), { nil: null });

const detailText = fc.option(
  fc
    .dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean()), { maxKeys: 4 })
    .map(auditDetailText),
  { nil: null },
);

export const contentArbitrary: fc.Arbitrary<UnsealedContent> = fc.record({
  at: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
  actorUserId: optionalText,
  actorEmail: optionalText,
  event: fc.constantFrom(...AUDIT_EVENTS),
  outcome: fc.constantFrom(...AUDIT_OUTCOMES),
  recordType: optionalText,
  recordId: optionalText,
  patientId: optionalText,
  ipAddress: optionalText,
  detail: detailText,
});

export const chainArbitrary: fc.Arbitrary<AuditChainRow[]> = fc.array(contentArbitrary, { minLength: 1, maxLength: 20 }).map(sealChain);

export const ROW_FIELDS = [
  "sequence",
  "at",
  "actorUserId",
  "actorEmail",
  "event",
  "outcome",
  "recordType",
  "recordId",
  "patientId",
  "ipAddress",
  "detail",
  "hash",
  "prevHash",
] as const satisfies readonly (keyof AuditChainRow)[];
export type RowField = (typeof ROW_FIELDS)[number];

/** Another hex digest of the same length: the last digit changed. */
function otherHex(hex: string): string {
  return hex.slice(0, -1) + (hex.endsWith("0") ? "1" : "0");
}

/**
 * The row with one field changed to a different value. `shift` (never 0) moves numbers and times; `text`
 * replaces strings (null when it equals the old value, so the result always differs).
 */
export function alterField(row: AuditChainRow, field: RowField, shift: number, text: string): AuditChainRow {
  switch (field) {
    case "sequence":
      return { ...row, sequence: row.sequence + shift };
    case "at":
      return { ...row, at: new Date(row.at.getTime() + shift) };
    case "event":
    case "outcome":
      return { ...row, [field]: `${row[field]}${text || "!"}` };
    case "hash":
    case "prevHash":
      return { ...row, [field]: otherHex(row[field]) };
    default:
      return { ...row, [field]: row[field] === text ? null : text };
  }
}
