import { describe, expect, it } from "vitest";

import {
  AUDIT_EVENTS,
  AUDIT_OUTCOMES,
  auditDetailText,
  auditEventInputSchema,
  MAX_DETAIL_KEYS,
  storedAuditEventSchema,
  type AuditEventInput,
} from "@/lib/audit/events";

const FULL: AuditEventInput = {
  actorUserId: "user_1",
  actorEmail: "clinician@example.org",
  event: "screening-created",
  outcome: "success",
  recordType: "screening",
  recordId: "scr_1",
  patientId: "pat_1",
  ipAddress: "203.0.113.7",
  detail: { role: "clinician", flags: 3, critical: true },
};

const STORED = {
  sequence: 1,
  at: new Date("2026-11-25T10:00:00Z"),
  actorUserId: null,
  actorEmail: "someone@example.org",
  event: "sign-in-failed",
  outcome: "failure",
  recordType: null,
  recordId: null,
  patientId: null,
  ipAddress: "198.51.100.2",
  detail: '{"reason":"wrong-password"}',
};

describe("audit vocabulary", () => {
  it("names each event and outcome once", () => {
    expect(AUDIT_EVENTS).toHaveLength(28);
    expect(new Set(AUDIT_EVENTS).size).toBe(AUDIT_EVENTS.length);
    expect(AUDIT_OUTCOMES).toEqual(["success", "failure", "denied"]);
  });
});

describe("auditEventInputSchema", () => {
  it("accepts an event with every field, and one with only its name and outcome", () => {
    expect(auditEventInputSchema.parse(FULL)).toEqual(FULL);
    expect(auditEventInputSchema.parse({ event: "sign-out", outcome: "success" })).toEqual({ event: "sign-out", outcome: "success" });
  });

  it.each([
    ["an unknown event", { event: "screening-deleted" }],
    ["an unknown outcome", { outcome: "maybe" }],
    ["an unknown field", { patientName: "Jane Doe" }],
    ["an empty id", { recordId: "" }],
    ["a NUL character", { actorEmail: "a\u0000b@example.org" }],
    ["an unpaired surrogate", { recordId: "scr_\uD800" }],
    ["a nested detail", { detail: { nested: { a: 1 } } }],
    ["a list in detail", { detail: { ids: ["a", "b"] } }],
    ["a non-finite number in detail", { detail: { count: Number.POSITIVE_INFINITY } }],
    ["a detail key that is not an identifier", { detail: { "two words": "x" } }],
    ["too many detail keys", { detail: Object.fromEntries(Array.from({ length: MAX_DETAIL_KEYS + 1 }, (_, i) => [`k${i}`, i])) }],
  ])("rejects %s", (_label, change) => {
    expect(auditEventInputSchema.safeParse({ ...FULL, ...change }).success).toBe(false);
  });
});

describe("auditDetailText", () => {
  it("stores equal details as equal text whatever their key order", () => {
    expect(auditDetailText({ b: 1, a: "x", c: false })).toBe('{"a":"x","b":1,"c":false}');
    expect(auditDetailText({ c: false, a: "x", b: 1 })).toBe(auditDetailText({ b: 1, a: "x", c: false }));
  });
});

describe("storedAuditEventSchema", () => {
  it("reads a stored row back with its detail parsed", () => {
    expect(storedAuditEventSchema.parse(STORED)).toEqual({ ...STORED, detail: { reason: "wrong-password" } });
    expect(storedAuditEventSchema.parse({ ...STORED, detail: null }).detail).toBeNull();
  });

  it.each([
    ["a name outside the vocabulary", { event: "deleted-everything" }],
    ["a detail that is not JSON", { detail: "{oops" }],
    ["a detail that is not a flat object", { detail: '{"a":{"b":1}}' }],
  ])("fails on %s", (_label, change) => {
    expect(storedAuditEventSchema.safeParse({ ...STORED, ...change }).success).toBe(false);
  });
});
