/**
 * The hash chain over generated chains (fast-check): an honest chain always verifies, and every kind of
 * tampering is found at the first event it touches.
 */
import { createHash } from "node:crypto";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  canonicalAuditContent,
  chainHash,
  createChainVerifier,
  GENESIS_HASH,
  verifyChain,
  type AuditChainRow,
  type AuditEventContent,
} from "@/lib/audit/hash-chain";
import { alterField, chainArbitrary, headOf, ROW_FIELDS, sealChain } from "@/tests/support/audit-chain";

const CONTENT: AuditEventContent = {
  sequence: 7,
  at: new Date("2026-11-25T09:30:00.123+01:00"),
  actorUserId: "user_1",
  actorEmail: "clinician@example.org",
  event: "screening-viewed",
  outcome: "success",
  recordType: "screening",
  recordId: "scr_1",
  patientId: "pat_1",
  ipAddress: null,
  detail: '{"role":"clinician"}',
};

const CANONICAL =
  '{"sequence":7,"at":"2026-11-25T08:30:00.123Z","actorUserId":"user_1","actorEmail":"clinician@example.org",' +
  '"event":"screening-viewed","outcome":"success","recordType":"screening","recordId":"scr_1","patientId":"pat_1",' +
  '"ipAddress":null,"detail":"{\\"role\\":\\"clinician\\"}"}';

/** A chain and a position in it. */
const chainAndIndex = chainArbitrary.chain((rows) => fc.record({ rows: fc.constant(rows), index: fc.nat({ max: rows.length - 1 }) }));

describe("canonical content", () => {
  it("is a JSON object with every column in a fixed order, nulls written out, `at` in UTC", () => {
    expect(canonicalAuditContent(CONTENT)).toBe(CANONICAL);
  });

  it("does not depend on the order of the object's keys or on the hash columns beside it", () => {
    const reversed = Object.fromEntries(Object.entries(CONTENT).reverse()) as unknown as AuditEventContent;
    const row: AuditChainRow = { ...CONTENT, hash: "f".repeat(64), prevHash: "e".repeat(64) };
    expect(canonicalAuditContent(reversed)).toBe(CANONICAL);
    expect(canonicalAuditContent(row)).toBe(CANONICAL);
  });

  it("tells null from an empty string", () => {
    expect(canonicalAuditContent({ ...CONTENT, ipAddress: "" })).not.toBe(CANONICAL);
  });
});

describe("chainHash", () => {
  it("is SHA-256 hex of the previous hash followed by the canonical content", () => {
    const expected = createHash("sha256").update(GENESIS_HASH + CANONICAL).digest("hex");
    expect(chainHash(GENESIS_HASH, CONTENT)).toBe(expected);
    // Pinned (checked with sha256sum): a change to the canonical form would make every stored hash fail.
    expect(expected).toBe("ee591c8ab21af4835561695cfab523028835dd1e88a471e368ad26a72a1b74fa");
  });

  it("starts from 64 zeros and refuses a malformed previous hash", () => {
    expect(GENESIS_HASH).toBe("0".repeat(64));
    expect(() => chainHash("abc", CONTENT)).toThrow(/prevHash/);
    expect(() => chainHash("A".repeat(64), CONTENT)).toThrow(/prevHash/);
  });
});

describe("verifyChain", () => {
  it("passes an empty chain, with or without its initial head", () => {
    const empty = { ok: true, count: 0, lastSequence: 0, lastHash: GENESIS_HASH };
    expect(verifyChain([])).toEqual(empty);
    expect(verifyChain([], { sequence: 0, hash: GENESIS_HASH })).toEqual(empty);
    expect(verifyChain([], null)).toEqual(empty);
  });

  it("passes every honest chain, whole or pushed in batches of any size", () => {
    fc.assert(
      fc.property(chainArbitrary, fc.integer({ min: 1, max: 7 }), (rows, batchSize) => {
        const last = rows.at(-1)!;
        const expected = { ok: true, count: rows.length, lastSequence: rows.length, lastHash: last.hash };
        expect(verifyChain(rows, headOf(rows))).toEqual(expected);
        const verifier = createChainVerifier();
        for (let start = 0; start < rows.length; start += batchSize) {
          for (const row of rows.slice(start, start + batchSize)) expect(verifier.push(row)).toBe(true);
        }
        expect(verifier.result(headOf(rows))).toEqual(expected);
      }),
    );
  });

  it("finds any field of any row altered, at that row, for the right reason", () => {
    const reasonFor = (field: (typeof ROW_FIELDS)[number], shift: number) => {
      if (field === "prevHash") return "link-broken";
      if (field === "sequence") return shift > 0 ? "sequence-gap" : "out-of-order";
      return "content-altered";
    };
    fc.assert(
      fc.property(
        chainAndIndex,
        fc.constantFrom(...ROW_FIELDS),
        fc.integer({ min: -3, max: 3 }).filter((shift) => shift !== 0),
        fc.string({ maxLength: 8 }),
        ({ rows, index }, field, shift, text) => {
          const tampered = rows.map((row, at) => (at === index ? alterField(row, field, shift, text) : row));
          expect(tampered[index]).not.toEqual(rows[index]);
          const result = verifyChain(tampered, headOf(rows));
          expect(result).toMatchObject({ ok: false, firstBrokenSequence: index + 1, reason: reasonFor(field, shift) });
        },
      ),
    );
  });

  it("finds any row removed (first, middle or last) as a gap at its sequence", () => {
    fc.assert(
      fc.property(chainAndIndex, ({ rows, index }) => {
        const remaining = rows.filter((_, at) => at !== index);
        expect(verifyChain(remaining, headOf(rows))).toMatchObject({ ok: false, firstBrokenSequence: index + 1, reason: "sequence-gap" });
      }),
    );
  });

  it("needs the head to see that the last row was removed", () => {
    fc.assert(
      fc.property(chainArbitrary, (rows) => {
        const remaining = rows.slice(0, -1);
        expect(verifyChain(remaining).ok).toBe(true);
        expect(verifyChain(remaining, headOf(rows))).toMatchObject({ ok: false, firstBrokenSequence: rows.length, reason: "sequence-gap" });
      }),
    );
  });

  const twoPositions = chainArbitrary
    .filter((rows) => rows.length >= 2)
    .chain((rows) =>
      fc
        .uniqueArray(fc.nat({ max: rows.length - 1 }), { minLength: 2, maxLength: 2 })
        .map(([a, b]) => ({ rows, first: Math.min(a!, b!), second: Math.max(a!, b!) })),
    );

  it("finds two rows swapped in place at the first of them", () => {
    fc.assert(
      fc.property(twoPositions, ({ rows, first, second }) => {
        const swapped = [...rows];
        [swapped[first], swapped[second]] = [rows[second]!, rows[first]!];
        expect(verifyChain(swapped, headOf(rows))).toMatchObject({ ok: false, firstBrokenSequence: first + 1 });
      }),
    );
  });

  it("finds two rows that traded sequence numbers at the first of them", () => {
    fc.assert(
      fc.property(twoPositions, ({ rows, first, second }) => {
        const traded = [...rows];
        traded[first] = { ...rows[second]!, sequence: first + 1 };
        traded[second] = { ...rows[first]!, sequence: second + 1 };
        const result = verifyChain(traded, headOf(rows));
        expect(result).toMatchObject({ ok: false, firstBrokenSequence: first + 1 });
        expect(["link-broken", "content-altered"]).toContain(result.ok ? "ok" : result.reason);
      }),
    );
  });

  it("finds a chain that does not start at 1", () => {
    fc.assert(
      fc.property(chainArbitrary, (rows) => {
        const renumbered = sealChain(rows).map((row) => ({ ...row, sequence: row.sequence + 1 }));
        expect(verifyChain(renumbered)).toMatchObject({ ok: false, firstBrokenSequence: 1, reason: "sequence-gap" });
        const fromZero = sealChain(rows).map((row) => ({ ...row, sequence: row.sequence - 1 }));
        expect(verifyChain(fromZero)).toMatchObject({ ok: false, firstBrokenSequence: 1, reason: "out-of-order" });
      }),
    );
  });

  it("keeps the first break and ignores the rows after it", () => {
    const rows = sealChain(chainSample());
    const verifier = createChainVerifier();
    expect(verifier.push(rows[0]!)).toBe(true);
    expect(verifier.push({ ...rows[1]!, outcome: "denied" })).toBe(false);
    expect(verifier.push(rows[2]!)).toBe(false);
    expect(verifier.push({ ...rows[3]!, hash: GENESIS_HASH })).toBe(false);
    expect(verifier.result(headOf(rows))).toEqual({
      ok: false,
      firstBrokenSequence: 2,
      reason: "content-altered",
      message: "event #2 does not match its hash",
    });
  });

  describe("against the chain head", () => {
    const rows = sealChain(chainSample());

    it("fails when the head is missing but events exist", () => {
      expect(verifyChain(rows, null)).toMatchObject({ ok: false, reason: "head-mismatch", firstBrokenSequence: rows.length });
    });

    it("fails when events were added after the head", () => {
      const head = headOf(rows.slice(0, 2));
      expect(verifyChain(rows, head)).toMatchObject({ ok: false, reason: "head-mismatch", firstBrokenSequence: 3 });
    });

    it("fails when the last event was rewritten with a recomputed hash", () => {
      const last = rows.at(-1)!;
      const rewritten = { ...last, outcome: "denied" };
      const forged = [...rows.slice(0, -1), { ...rewritten, hash: chainHash(last.prevHash, rewritten) }];
      expect(verifyChain(forged).ok).toBe(true);
      expect(verifyChain(forged, headOf(rows))).toMatchObject({ ok: false, reason: "head-mismatch", firstBrokenSequence: rows.length });
    });
  });
});

/** Four fixed contents, for the examples that need no generator. */
function chainSample() {
  return [0, 1, 2, 3].map((minute) => ({ ...CONTENT, at: new Date(Date.UTC(2026, 10, 25, 9, minute)), recordId: `scr_${minute}` }));
}
