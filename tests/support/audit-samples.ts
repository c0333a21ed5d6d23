/**
 * A synthetic audit trail for the data-access tests: ids, e-mail addresses on example.org and documentation IP
 * addresses (RFC 5737), one minute apart. No patient data.
 */
import { AUDIT_EVENTS, type AuditEventInput, type AuditEventName, type AuditEventRecord } from "@/lib/audit/events";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";

const BASE_TIME = Date.UTC(2026, 10, 25, 9, 0, 0, 0);
export const minute = (n: number) => new Date(BASE_TIME + n * 60_000);

/** Event `n` of the sample trail, with every field filled: three actors, two patients, one minute apart. */
export function sampleInput(n: number, event: AuditEventName = AUDIT_EVENTS[n % AUDIT_EVENTS.length]!): AuditEventInput {
  return {
    actorUserId: `user-${n % 3}`,
    actorEmail: `clinician${n % 3}@example.org`,
    event,
    outcome: n % 4 === 3 ? "denied" : "success",
    recordType: "screening",
    recordId: `scr-${n}`,
    patientId: `pat-${n % 2}`,
    ipAddress: `192.0.2.${n + 1}`,
    detail: { index: n, role: "clinician", first: n === 0 },
  };
}

/** What listAuditEvents returns for event `n` of the sample trail, recorded as the (n+1)th event. */
function sampleRecord(n: number): AuditEventRecord {
  const { detail, ...input } = sampleInput(n);
  return { sequence: n + 1, at: minute(n), ...input, detail: detail ?? null } as AuditEventRecord;
}

/** Records one event of each type, in vocabulary order, and returns what reading them back must give. */
export async function recordSampleTrail(): Promise<AuditEventRecord[]> {
  for (let n = 0; n < AUDIT_EVENTS.length; n += 1) await recordAuditEvent(sampleInput(n), minute(n));
  return AUDIT_EVENTS.map((_, n) => sampleRecord(n));
}

/** Records the first `count` events of the sample trail; returns their hashes in order. */
export async function recordEvents(count: number): Promise<string[]> {
  const hashes: string[] = [];
  for (let n = 0; n < count; n += 1) hashes.push((await recordAuditEvent(sampleInput(n), minute(n))).hash);
  return hashes;
}

export const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
