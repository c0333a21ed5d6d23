/** The catalogue against the specification's table: ids, order and possible severities. */
import { describe, expect, it } from "vitest";

import { ruleCatalogue } from "@/lib/rules";
import { rules } from "@/lib/rules/catalogue";

const SPECIFIED: [string, string[]][] = [
  ["limited-long-term-data", ["info"]],
  ["dissociation", ["warning", "info"]],
  ["confusion-disorientation", ["info"]],
  ["nausea-vomiting", ["warning", "info"]],
  ["dizziness", ["warning", "info"]],
  ["anxiety", ["warning", "info"]],
  ["hallucinations", ["critical", "info"]],
  ["close-monitoring-required", ["info"]],
  ["pre-treatment-discussion", ["info"]],
  ["bp-hr-cardiac-history", ["critical", "warning"]],
  ["baseline-bp-elevated", ["critical", "warning"]],
  ["baseline-tachycardia", ["warning"]],
  ["arrhythmia", ["critical"]],
  ["vascular-contraindication", ["critical"]],
  ["bp-raising-medications", ["warning"]],
  ["respiratory-depression", ["critical", "warning"]],
  ["depression-worsening", ["critical", "warning"]],
  ["suicidal-ideation", ["critical", "warning"]],
  ["addiction-tolerance", ["critical", "warning"]],
  ["urinary-bladder", ["warning", "info"]],
  ["memory-learning", ["warning", "info"]],
  ["psychiatric-disorders-long-term", ["warning", "info"]],
  ["pregnancy", ["critical", "warning"]],
  ["ketamine-hypersensitivity", ["critical", "warning"]],
  ["raised-intracranial-pressure", ["critical"]],
  ["raised-intraocular-pressure", ["critical"]],
  ["hyperthyroidism", ["warning"]],
  ["liver-disease", ["warning"]],
  ["breastfeeding", ["warning"]],
  ["age-under-18", ["warning"]],
];

describe("rule catalogue", () => {
  it("lists the specified rules, in the specification's order, with their severities", () => {
    expect(ruleCatalogue.map((rule) => [rule.id, rule.severities])).toEqual(SPECIFIED);
  });

  it("describes every severity a rule can raise, with a short summary", () => {
    for (const rule of ruleCatalogue) {
      expect(Object.keys(rule.levels).sort()).toEqual([...rule.severities].sort());
      for (const severity of rule.severities) {
        const level = rule.levels[severity];
        expect(level?.when.length).toBeGreaterThan(0);
        // CDS Hooks asks for a card summary under 140 characters.
        expect(level?.summary.length).toBeLessThan(140);
        expect(level?.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it("is plain data: serialisable, without the rules' code", () => {
    expect(JSON.parse(JSON.stringify(ruleCatalogue))).toEqual(ruleCatalogue);
    expect(ruleCatalogue.every((rule) => !("evaluate" in rule))).toBe(true);
    expect(rules.map((rule) => rule.id)).toEqual(ruleCatalogue.map((rule) => rule.id));
  });
});
