/** The section index's states, judged by the shared schema and by the errors the clinician has been shown. */
import { set } from "react-hook-form";
import { describe, expect, it } from "vitest";

import { initialFormState } from "@/components/screening-form/form-model";
import { FORM_SECTIONS } from "@/components/screening-form/form-sections";
import { sectionStates } from "@/components/screening-form/section-status";
import { formStateSchema } from "@/components/screening-form/form-state-schema";
import { BASELINE_SCREENING } from "@/tests/support/screening-factory";

import { SUBMISSION_ID, typedFormState } from "./typed-form-state";

describe("section states", () => {
  it("an empty form: every section with a required answer is not complete; optional-only sections are", () => {
    const states = sectionStates(formStateSchema, initialFormState(SUBMISSION_ID, undefined, undefined), []);
    const complete = FORM_SECTIONS.filter((section) => states[section.key] === "complete").map((section) => section.key);
    expect(complete).toEqual(["notes"]);
  });

  it("a complete screening: every section complete", () => {
    const states = sectionStates(formStateSchema, typedFormState(BASELINE_SCREENING), []);
    expect(Object.values(states).every((state) => state === "complete")).toBe(true);
  });

  it("a section turns incomplete on an invalid answer, whatever else it holds", () => {
    const state = typedFormState(BASELINE_SCREENING);
    set(state, "screening.vitals.systolic", 900);
    const states = sectionStates(formStateSchema, state, []);
    expect(states.vitals).toBe("incomplete");
    expect(states.patient).toBe("complete");
  });

  it("weight left blank for an intravenous course makes vital signs incomplete (a rule across sections)", () => {
    const state = typedFormState({ ...BASELINE_SCREENING, plannedTreatment: { course: "single", route: "intravenous" } });
    set(state, "screening.vitals.weightKg", undefined);
    expect(sectionStates(formStateSchema, state, []).vitals).toBe("incomplete");
  });

  it("an error on screen marks its section, down to a questionnaire item", () => {
    const states = sectionStates(formStateSchema, typedFormState(BASELINE_SCREENING), ["screening.mentalHealth.phq9Items.3", "patientId"]);
    expect(states["mental-health"]).toBe("error");
    expect(states.patient).toBe("error");
    expect(states.vitals).toBe("complete");
  });
});
