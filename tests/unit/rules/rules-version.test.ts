/**
 * A rule change without a version bump fails here. See docs/decisions/0003-rule-versioning.md.
 */
import { describe, expect, it } from "vitest";

import { assess, RULES_VERSION } from "@/lib/rules";
import { RULES_VERSION_HISTORY } from "@/lib/rules/rules-version";
import { rulesFingerprint } from "@/tests/support/rules-fingerprint";
import { makeScreeningInput } from "@/tests/support/screening-factory";

describe("rules version", () => {
  it("is a dated version: YYYY-MM-DD.n", () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.[1-9]\d*$/);
  });

  it("is the latest entry of the history, and the history only moves forward", () => {
    const versions = Object.keys(RULES_VERSION_HISTORY);
    expect(versions.at(-1)).toBe(RULES_VERSION);
    const order = (v: string) => {
      const [date, n] = v.split(".") as [string, string];
      return `${date}.${n.padStart(4, "0")}`;
    };
    expect(versions.map(order)).toEqual([...versions.map(order)].sort());
  });

  it("gives every version its own fingerprint", () => {
    const fingerprints = Object.values(RULES_VERSION_HISTORY);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it("matches the fingerprint of the rules as they are now (bump RULES_VERSION when a rule changes)", () => {
    const now = rulesFingerprint();
    const recorded = RULES_VERSION_HISTORY[RULES_VERSION];
    expect(
      now,
      `The rules changed (fingerprint ${now}) but ${RULES_VERSION} records ${recorded}. ` +
        `Add a new version to RULES_VERSION_HISTORY in lib/rules/rules-version.ts with fingerprint "${now}" ` +
        `and set RULES_VERSION to it; never edit an existing entry.`,
    ).toBe(recorded);
  });

  it("stamps every assessment", () => {
    expect(assess(makeScreeningInput()).rulesVersion).toBe(RULES_VERSION);
  });
});
