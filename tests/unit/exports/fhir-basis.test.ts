/**
 * A RiskAssessment's basis names the measurements and the allergy its rule reads (RULE_BASIS in
 * lib/exports/fhir/risk-assessments.ts). Observed rather than trusted: every rule runs over the boundary corpus
 * and generated screenings with the input behind a proxy that records which of those answers it reads, so a
 * rule that starts reading a measurement fails here until its basis says so.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { RULE_BASIS, type BasisRole } from "@/lib/exports/fhir/risk-assessments";
import { rules } from "@/lib/rules/catalogue";
import type { RuleId } from "@/lib/rules/types";
import type { ScreeningInput } from "@/lib/screening/schema";
import { boundaryCorpus, FINGERPRINT_DAY } from "@/tests/support/boundary-corpus";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";

/** The answers that have a resource of their own in the bundle besides the QuestionnaireResponse. */
const ROLE_OF_ANSWER: Readonly<Record<string, string>> = {
  "vitals.systolic": "observation:blood-pressure",
  "vitals.diastolic": "observation:blood-pressure",
  "vitals.heartRate": "observation:heart-rate",
  "vitals.oxygenSaturation": "observation:oxygen-saturation",
  "vitals.weightKg": "observation:body-weight",
  "vitals.heightCm": "observation:body-height",
  "mentalHealth.phq9Items": "observation:phq9-total",
  "mentalHealth.gad7Items": "observation:gad7-total",
  "allergies.ketamineHypersensitivity": "allergy:ketamine",
};

/**
 * Rules that read such an answer without resting on its resource. suicidal-ideation reads the PHQ-9 for item 9
 * alone (thoughts of self-harm), an answer the QuestionnaireResponse holds; the total says nothing about it.
 */
const READS_WITHOUT_BASIS: ReadonlyMap<RuleId, readonly string[]> = new Map([["suicidal-ideation", ["observation:phq9-total"]]]);

const roleName = (role: BasisRole) => ("observation" in role ? `observation:${role.observation}` : `allergy:${role.allergy}`);

/** `value` behind proxies that add the dotted path of every object property read to `reads`. */
function tracked<T>(value: T, reads: Set<string>, path = ""): T {
  if (value === null || typeof value !== "object") return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const child: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || Array.isArray(target)) return child;
      const childPath = path === "" ? key : `${path}.${key}`;
      reads.add(childPath);
      return tracked(child, reads, childPath);
    },
  }) as T;
}

function rolesRead(inputs: readonly ScreeningInput[]): Map<RuleId, Set<string>> {
  const read = new Map<RuleId, Set<string>>();
  for (const rule of rules) {
    const roles = new Set<string>();
    for (const input of inputs) {
      const reads = new Set<string>();
      rule.evaluate(tracked(input, reads), { on: FINGERPRINT_DAY });
      for (const path of reads) if (ROLE_OF_ANSWER[path] !== undefined) roles.add(ROLE_OF_ANSWER[path]);
    }
    read.set(rule.id, roles);
  }
  return read;
}

describe("the basis of each rule's RiskAssessment", () => {
  const inputs = [...boundaryCorpus(), ...fc.sample(screeningInputArbitrary, { numRuns: 300, seed: 20261126 })];
  const read = rolesRead(inputs);

  it("sees the rules read measurements at all (the tracking works)", () => {
    expect(read.get("baseline-bp-elevated")).toEqual(new Set(["observation:blood-pressure"]));
  });

  it("names exactly the measurements and allergy each rule reads, bar the documented exceptions", () => {
    for (const rule of rules) {
      const declared = new Set((RULE_BASIS[rule.id] ?? []).map(roleName));
      const exempt = READS_WITHOUT_BASIS.get(rule.id) ?? [];
      const expected = [...(read.get(rule.id) ?? [])].filter((role) => !exempt.includes(role));
      expect([...declared].sort(), rule.id).toEqual(expected.sort());
    }
  });

  it("keeps every exception an answer its rule still reads", () => {
    for (const [ruleId, roles] of READS_WITHOUT_BASIS) for (const role of roles) expect(read.get(ruleId)?.has(role), ruleId).toBe(true);
  });
});
