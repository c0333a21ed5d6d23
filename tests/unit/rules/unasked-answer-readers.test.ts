/**
 * Finding the rules that depend on an answer a screening was never asked: every way a rule can reach one counts,
 * and a rule that reaches none is left alone. Synthetic rules probe each way; the real catalogue is covered by
 * compare-with-todays-rules.test.ts.
 */
import { describe, expect, it } from "vitest";

import { defineRule, highestFinding, type MaybeReason } from "@/lib/rules/define-rule";
import type { RuleId } from "@/lib/rules";
import { rulesReadingUnaskedAnswers, UNASKED_ANSWERS } from "@/lib/rules/unasked-answer-readers";
import { QUESTIONS } from "@/lib/screening/questions";
import type { ScreeningInput } from "@/lib/screening/schema";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const OTHER_CONDITIONS = [QUESTIONS.raisedIntracranialPressure, QUESTIONS.raisedIntraocularPressure, QUESTIONS.hyperthyroidism, QUESTIONS.liverDisease];

/** A rule that reaches into the input as `probe` does; the id is borrowed, only the reach matters. */
const probing = (probe: (input: ScreeningInput) => MaybeReason) =>
  defineRule({
    id: "dizziness" as RuleId,
    title: "probe",
    summary: "probe",
    levels: { info: { when: "probe", summary: "probe", sources: [{ kind: "standard", citation: "probe" }] } },
    evaluate: (input) => highestFinding({ info: [probe(input)] }),
  });

const readersOf = (probe: (input: ScreeningInput) => MaybeReason) =>
  rulesReadingUnaskedAnswers(makeScreeningInput(), UNASKED_ANSWERS, "2026-11-25", [probing(probe)]).get("dizziness" as RuleId);

describe("rulesReadingUnaskedAnswers", () => {
  it.each([
    { way: "reading one question of a section", probe: (i: ScreeningInput) => i.conditions.hyperthyroidism && "x", questions: [QUESTIONS.hyperthyroidism] },
    { way: "reading a list", probe: (i: ScreeningInput) => i.otherMedicines.length > 0 && "x", questions: ["Other medicines"] },
    { way: "reading a list within a section", probe: (i: ScreeningInput) => i.allergies.other.length > 0 && "x", questions: ["Other allergies"] },
    { way: "reading a choice", probe: (i: ScreeningInput) => i.breastfeeding === "yes" && "x", questions: [QUESTIONS.breastfeeding] },
    { way: "testing whether a section is there", probe: (i: ScreeningInput) => "conditions" in i && "x", questions: OTHER_CONDITIONS },
    { way: "holding a section without reading it", probe: (i: ScreeningInput) => i.conditions !== undefined && "x", questions: OTHER_CONDITIONS },
    { way: "listing a section's fields", probe: (i: ScreeningInput) => Object.values(i.conditions).some(Boolean) && "x", questions: OTHER_CONDITIONS },
    {
      way: "listing the whole input",
      probe: (i: ScreeningInput) => Object.keys(i).length > 100 && "x",
      questions: [QUESTIONS.ketamineHypersensitivity, "Other allergies", "Other medicines", ...OTHER_CONDITIONS, QUESTIONS.breastfeeding],
    },
  ])("counts $way", ({ probe, questions }) => {
    expect(readersOf(probe)).toEqual(questions);
  });

  it("leaves out a rule that reads only answers the screening recorded", () => {
    expect(readersOf((i) => i.urinary.bladderHistory && "x")).toBeUndefined();
  });

  it("finds nothing when every answer was asked", () => {
    const readers = rulesReadingUnaskedAnswers(makeScreeningInput(), [], "2026-11-25", [probing((i) => i.breastfeeding === "yes" && "x")]);
    expect(readers.size).toBe(0);
  });
});
