/**
 * Which decisions sign-off requires, when a decision needs a note, and the decision form's schema.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { SEVERITIES, type Severity } from "@/lib/rules";
import { FLAG_DECISIONS, noteRequired, OUTCOMES, signOffReadiness, undecidedFlags, type FlagDecision } from "@/lib/review/decisions";
import { flagDecisionSchema, signOffSchema } from "@/lib/review/schemas";

interface F {
  readonly id: string;
  readonly severity: Severity;
  readonly decision: FlagDecision | null;
}

const flagsArbitrary = fc
  .array(fc.record({ severity: fc.constantFrom(...SEVERITIES), decision: fc.option(fc.constantFrom(...FLAG_DECISIONS), { nil: null }) }), { maxLength: 30 })
  .map((flags) => flags.map((flag, index): F => ({ id: `f${index}`, ...flag })));

describe("sign-off readiness", () => {
  it("needs a decision on every critical and warning flag, and none on counselling flags", () => {
    const flags: F[] = [
      { id: "a", severity: "critical", decision: "refer" },
      { id: "b", severity: "warning", decision: null },
      { id: "c", severity: "info", decision: null },
      { id: "d", severity: "critical", decision: null },
    ];
    expect(undecidedFlags(flags).map((f) => f.id)).toEqual(["b", "d"]);
    expect(signOffReadiness(flags)).toEqual({ ready: false, undecided: [flags[1], flags[3]] });
    expect(signOffReadiness([{ id: "c", severity: "info", decision: null }])).toEqual({ ready: true });
    expect(signOffReadiness([])).toEqual({ ready: true });
  });

  it("is ready exactly when no critical or warning flag lacks a decision", () => {
    fc.assert(
      fc.property(flagsArbitrary, (flags) => {
        const readiness = signOffReadiness(flags);
        const missing = flags.some((f) => f.severity !== "info" && f.decision === null);
        expect(readiness.ready).toBe(!missing);
        if (!readiness.ready) expect(readiness.undecided.every((f) => f.severity !== "info" && f.decision === null)).toBe(true);
      }),
    );
  });
});

describe("notes", () => {
  it("are required for proceeding despite a critical flag and for setting any flag aside as not applicable", () => {
    const required = SEVERITIES.flatMap((severity) => FLAG_DECISIONS.filter((d) => noteRequired(d, severity)).map((d) => `${severity}:${d}`));
    expect(required).toEqual(["critical:proceed", "critical:not-applicable", "warning:not-applicable", "info:not-applicable"]);
  });

  it("are asked for by the form's schema, on the note field", () => {
    const base = { screeningId: "s1", flagId: "f1", severity: "critical", decision: "proceed" } as const;
    const missing = flagDecisionSchema.safeParse({ ...base, note: "   " });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["note", "Say why treatment can proceed despite this critical flag"],
    ]);
    expect(flagDecisionSchema.parse({ ...base, note: " Cardiology reviewed. " }).note).toBe("Cardiology reviewed.");
    expect(flagDecisionSchema.parse({ ...base, severity: "warning", note: "" }).note).toBeUndefined();
    expect(flagDecisionSchema.safeParse({ ...base, decision: "defer" }).success).toBe(true);
  });

  it("refuse unknown decisions, extra fields and notes over 2000 characters", () => {
    const base = { screeningId: "s1", flagId: "f1", severity: "warning", decision: "refer" };
    expect(flagDecisionSchema.safeParse({ ...base, decision: "ignore" }).success).toBe(false);
    expect(flagDecisionSchema.safeParse({ ...base, decidedBy: "someone" }).success).toBe(false);
    expect(flagDecisionSchema.safeParse({ ...base, note: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("sign-off form", () => {
  it("takes one of the four outcomes and the password, with no default outcome", () => {
    expect(OUTCOMES).toEqual(["cleared", "cleared-with-precautions", "deferred", "not-cleared"]);
    const noOutcome = signOffSchema.safeParse({ screeningId: "s1", password: "pw" });
    expect(noOutcome.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["outcome", "Choose the overall outcome"]]);
    expect(signOffSchema.safeParse({ screeningId: "s1", outcome: "cleared", password: "" }).success).toBe(false);
    expect(signOffSchema.safeParse({ screeningId: "s1", outcome: "cleared", password: "pw" }).success).toBe(true);
  });
});
