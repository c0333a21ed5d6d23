/**
 * Prefill from a patient's previous screening (`initialFormState`): history is carried over, the day's findings
 * (vitals, PHQ-9/GAD-7 items, pregnancy, notes) never are, even when the caller hands over a whole screening.
 */
import { describe, expect, it } from "vitest";

import {
  initialFormState,
  type ScreeningFormState,
} from "@/components/screening-form/form-model";
import { toSubmissionCandidate } from "@/components/screening-form/submission-candidate";
import type { ScreeningInput } from "@/lib/screening/schema";
import { makeScreeningInput } from "@/tests/support/screening-factory";

import { issuesOf, SUBMISSION_ID, typedNumber } from "./typed-form-state";

/** A previous screening with every day-specific field filled in, and distinctive history. */
const PREVIOUS: ScreeningInput = makeScreeningInput({
  patient: { fullName: "Grace Hopper", medicalRecordNumber: "MRN-1906", sexAtBirth: "female" },
  plannedTreatment: { course: "series", route: "intranasal" },
  vitals: { systolic: 171, diastolic: 101, heartRate: 113, oxygenSaturation: 91, weightKg: 83.7, heightCm: 181.2 },
  allergies: { ketamineHypersensitivity: false, other: ["Penicillin", "Latex"] },
  otherMedicines: ["Levothyroxine", "Omeprazole"],
  conditions: { raisedIntracranialPressure: false, raisedIntraocularPressure: true, hyperthyroidism: true, liverDisease: false },
  cardiovascular: { conditions: ["arrhythmia"], hypertension: "uncontrolled" },
  respiratory: { conditions: ["asthma"] },
  medications: ["benzodiazepine"],
  mentalHealth: {
    depression: "current",
    anxiety: "past",
    psychosisHistory: true,
    dissociativeDisorder: false,
    phq9Items: [3, 3, 3, 3, 3, 3, 3, 3, 3],
    gad7Items: [2, 2, 2, 2, 2, 2, 2],
  },
  substanceUse: { disorder: "past", ketamineUse: "medical", alcohol: "moderate" },
  urinary: { bladderHistory: true, currentSymptoms: false },
  cognition: { memoryConcerns: true },
  other: { nauseaProne: false, fallRisk: true },
  pregnancy: "pregnant",
  breastfeeding: "yes",
  notes: "Anxious about needles.",
});

function prefilled(): ScreeningFormState {
  return initialFormState(SUBMISSION_ID, "patient-1", PREVIOUS);
}

describe("initialFormState with a previous screening", () => {
  it("never carries vitals", () => {
    expect(prefilled().screening.vitals).toEqual({});
  });

  it("never carries PHQ-9 or GAD-7 answers: every item starts blank", () => {
    const { phq9Items, gad7Items } = prefilled().screening.mentalHealth;
    expect(phq9Items).toEqual(Array(9).fill(null));
    expect(gad7Items).toEqual(Array(7).fill(null));
  });

  it.each(["notes", "pregnancy", "breastfeeding"] as const)("never carries %s", (field) => {
    expect(prefilled().screening[field]).toBeUndefined();
  });

  it("no value of the previous day's findings appears anywhere in the form state", () => {
    const state = JSON.stringify(prefilled());
    for (const dayValue of ["171", "101", "113", "91", "83.7", "181.2", "Anxious about needles.", "pregnant"]) {
      expect(state).not.toContain(dayValue);
    }
  });

  it("carries the history, with yes/no answers as the radios' strings", () => {
    const s = prefilled().screening;
    expect(s.patient).toEqual(PREVIOUS.patient);
    expect(s.plannedTreatment).toEqual({ course: "series", route: "intranasal" });
    expect(s.cardiovascular).toEqual({ any: "yes", conditions: ["arrhythmia"], hypertension: "uncontrolled" });
    expect(s.respiratory).toEqual({ any: "yes", conditions: ["asthma"] });
    expect(s.medicationsAny).toBe("yes");
    expect(s.medications).toEqual(["benzodiazepine"]);
    expect(s.mentalHealth).toMatchObject({
      depression: "current",
      anxiety: "past",
      psychosisHistory: "yes",
      dissociativeDisorder: "no",
    });
    expect(s.substanceUse).toEqual({ disorder: "past", ketamineUse: "medical", alcohol: "moderate" });
    expect(s.urinary).toEqual({ bladderHistory: "yes", currentSymptoms: "no" });
    expect(s.cognition).toEqual({ memoryConcerns: "yes" });
    expect(s.other).toEqual({ nauseaProne: "no", fallRisk: "yes" });
    expect(s.allergies).toEqual({ ketamineHypersensitivity: "no", other: "Penicillin\nLatex" });
    expect(s.otherMedicines).toBe("Levothyroxine\nOmeprazole");
    expect(s.conditions).toEqual({
      raisedIntracranialPressure: "no",
      raisedIntraocularPressure: "yes",
      hyperthyroidism: "yes",
      liverDisease: "no",
    });
  });

  it("from a screening recorded before allergies and conditions were asked, leaves those questions unanswered", () => {
    const earlier: Record<string, unknown> = structuredClone(PREVIOUS);
    for (const added of ["allergies", "otherMedicines", "conditions"]) delete earlier[added];
    const s = initialFormState(SUBMISSION_ID, "patient-1", earlier as unknown as ScreeningInput).screening;
    expect(s.allergies).toEqual({ ketamineHypersensitivity: undefined, other: undefined });
    expect(s.otherMedicines).toBeUndefined();
    expect(Object.values(s.conditions)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("ticking a box in the form does not change the previous screening's lists", () => {
    const state = prefilled();
    state.screening.medications.push("opioid");
    state.screening.cardiovascular.conditions.push("stroke");
    state.screening.respiratory.conditions.push("copd");
    expect(PREVIOUS.medications).toEqual(["benzodiazepine"]);
    expect(PREVIOUS.cardiovascular.conditions).toEqual(["arrhythmia"]);
    expect(PREVIOUS.respiratory.conditions).toEqual(["asthma"]);
  });

  it("submitted without entering the day's findings, the schema asks for exactly those", () => {
    const state = prefilled();
    expect(issuesOf(toSubmissionCandidate(state))).toEqual([
      { path: "screening.vitals.systolic", message: "Systolic is required" },
      { path: "screening.vitals.diastolic", message: "Diastolic is required" },
      { path: "screening.vitals.heartRate", message: "Heart rate is required" },
      { path: "screening.pregnancy", message: "Choose the pregnancy status" },
      { path: "screening.breastfeeding", message: "Choose whether the patient is breastfeeding" },
    ]);
  });

  it("once the vitals and pregnancy are entered, it is filed under the patient with the history carried over", () => {
    const state = prefilled();
    state.screening.vitals = { systolic: typedNumber("130"), diastolic: typedNumber("80"), heartRate: typedNumber("70") };
    state.screening.pregnancy = "not-pregnant";
    state.screening.breastfeeding = "no";
    expect(issuesOf(toSubmissionCandidate(state))).toEqual([]);
    expect(toSubmissionCandidate(state)).toMatchObject({ submissionId: SUBMISSION_ID, patientId: "patient-1" });
  });
});

describe("initialFormState without a prefill (new patient)", () => {
  const state = initialFormState(SUBMISSION_ID, undefined, undefined);

  it("starts blank, with empty lists and blank questionnaires", () => {
    expect(state.patientId).toBeUndefined();
    expect(state.screening.patient).toEqual({});
    expect(state.screening.vitals).toEqual({});
    expect(state.screening.medications).toEqual([]);
    expect(state.screening.mentalHealth.phq9Items).toEqual(Array(9).fill(null));
    expect(state.screening.mentalHealth.gad7Items).toEqual(Array(7).fill(null));
  });

  it("submitted blank, every required answer is reported by path and nothing optional is", () => {
    const paths = issuesOf(toSubmissionCandidate(state)).map((issue) => issue.path);
    expect(paths).toContain("screening.patient.fullName");
    expect(paths).toContain("screening.mentalHealth.psychosisHistory");
    expect(paths).toContain("screening.pregnancy");
    for (const optional of ["patientId", "screening.patient.medicalRecordNumber", "screening.vitals.oxygenSaturation"]) {
      expect(paths).not.toContain(optional);
    }
    expect(paths.filter((path) => path.includes("Items"))).toEqual([]);
    expect(paths.filter((path) => path === "screening.notes")).toEqual([]);
  });
});
