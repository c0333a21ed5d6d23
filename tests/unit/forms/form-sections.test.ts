/**
 * The form's sections: every field belongs to exactly one, in the form's order; "None of these" gives only
 * answers the schema accepts, never replaces an answer already given, and a patient with nothing to report
 * answered through it alone raises no flag that needs a decision.
 */
import fc from "fast-check";
import { get, set } from "react-hook-form";
import { describe, expect, it } from "vitest";

import { FIELD_PATHS, orderOf } from "@/components/screening-form/field-labels";
import type { ScreeningFormState } from "@/components/screening-form/form-model";
import { toSubmissionCandidate } from "@/components/screening-form/submission-candidate";
import { FORM_SECTIONS, pendingNoneAnswers, sectionOfPath } from "@/components/screening-form/form-sections";
import { assess } from "@/lib/rules";
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";
import { BASELINE_SCREENING } from "@/tests/support/screening-factory";

import { typedFormState } from "./typed-form-state";

/** The day's entries of a patient with nothing to report, every history question still unanswered. */
function unansweredHistory(): ScreeningFormState {
  const state = typedFormState({ ...BASELINE_SCREENING, mentalHealth: { ...BASELINE_SCREENING.mentalHealth, phq9Items: [0, 0, 0, 0, 0, 0, 0, 0, 0] } });
  for (const section of FORM_SECTIONS) {
    for (const path of Object.keys(section.noneAnswers)) set(state, path, null);
  }
  return state;
}

function answerNone(state: ScreeningFormState): ScreeningFormState {
  for (const section of FORM_SECTIONS) {
    for (const [path, value] of pendingNoneAnswers(section, state)) set(state, path, value);
  }
  return state;
}

describe("form sections", () => {
  it("hold every field exactly once, in the order the fields appear", () => {
    const listed = FORM_SECTIONS.flatMap((section) => section.fields);
    const topLevelFields = FIELD_PATHS.filter((path) => !/\.\d+$/.test(path));
    expect([...listed].sort()).toEqual([...topLevelFields].sort());
    const order = listed.map(orderOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("place a questionnaire item in its questionnaire's section", () => {
    expect(sectionOfPath("screening.mentalHealth.phq9Items.8")).toBe("mental-health");
    expect(sectionOfPath("screening.substanceUse.alcohol")).toBe("breathing");
    expect(sectionOfPath("screening.vitals")).toBeUndefined();
  });

  it("answer None of these only with questions of their own section", () => {
    for (const section of FORM_SECTIONS) {
      for (const path of Object.keys(section.noneAnswers)) expect(sectionOfPath(path)).toBe(section.key);
    }
  });

  it("never answer pregnancy, a questionnaire item or a measurement", () => {
    const answered = FORM_SECTIONS.flatMap((section) => Object.keys(section.noneAnswers));
    expect(answered.filter((path) => /pregnancy|breastfeeding|Items|vitals|notes/.test(path))).toEqual([]);
  });

  it("a patient with nothing to report, answered through None of these, parses and needs no decision", () => {
    const state = answerNone(unansweredHistory());
    const parsed = screeningSubmissionSchema.safeParse(toSubmissionCandidate(state));
    expect(parsed.error?.issues).toBeUndefined();
    const decisive = assess(parsed.data!.screening).flags.filter((flag) => flag.severity !== "info");
    expect(decisive.map((flag) => flag.ruleId)).toEqual([]);
  });

  it("never replace an answer already given, and leave nothing unanswered", () => {
    const questions = FORM_SECTIONS.flatMap((section) => Object.keys(section.noneAnswers));
    fc.assert(
      fc.property(fc.subarray(questions), fc.constantFrom("yes", "past", "current", "occasional-non-medical", "heavy"), (given, answer) => {
        const state = unansweredHistory();
        for (const path of given) set(state, path, answer);
        answerNone(state);
        for (const section of FORM_SECTIONS) {
          for (const [path, none] of Object.entries(section.noneAnswers)) {
            expect(get(state, path)).toBe(given.includes(path) ? answer : none);
          }
        }
      }),
    );
  });
});
