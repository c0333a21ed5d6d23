/**
 * The form's strings turned into the submission shape (`toSubmissionCandidate`) and judged by the shared schema:
 * each conversion rule a clinician relies on, and the message they then read next to the field.
 */
import { describe, expect, it } from "vitest";

import {
  asksPregnancy,
  itemScores,
  numberFromInput,
  textFromInput,
  type Choice,
  type ScreeningFormState,
} from "@/components/screening-form/form-model";
import { toSubmissionCandidate } from "@/components/screening-form/submission-candidate";
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";

import { issuesOf, itemRadios, typedFormState, typedNumber } from "./typed-form-state";

type Screening = ScreeningFormState["screening"];

/** The baseline patient as typed into the form, with one section changed by `edit`. */
function candidateWith(edit: (s: Screening, state: ScreeningFormState) => void): unknown {
  const state = typedFormState(BASELINE_SCREENING);
  edit(state.screening, state);
  return toSubmissionCandidate(state);
}

function parsedScreening(candidate: unknown) {
  return screeningSubmissionSchema.parse(candidate).screening;
}

describe("numberFromInput: what a number input holds", () => {
  it.each<[unknown, number | string | undefined]>([
    ["", undefined],
    ["   ", undefined],
    [undefined, undefined],
    [null, undefined],
    ["120", 120],
    [" 120 ", 120],
    ["007", 7],
    ["-5", -5],
    ["120.5", 120.5],
    ["120.0", 120],
    [95, 95],
    ["abc", "abc"],
    ["1e2", "1e2"],
    ["0x10", "0x10"],
    ["12 0", "12 0"],
    [".5", ".5"],
    ["120,5", "120,5"],
    ["Infinity", "Infinity"],
    ["１２０", "１２０"],
  ])("%j -> %j", (typed, held) => {
    expect(numberFromInput(typed)).toBe(held);
  });
});

describe("textFromInput: optional text stays absent when blank", () => {
  it.each<[unknown, string | undefined]>([
    ["", undefined],
    ["   ", undefined],
    [undefined, undefined],
    [null, undefined],
    ["MRN-1", "MRN-1"],
    // Kept as typed: the schema trims the full name itself, and notes keep their spacing.
    [" Ada ", " Ada "],
  ])("%j -> %j", (typed, held) => {
    expect(textFromInput(typed)).toBe(held);
  });
});

describe("number fields: blank, text and decimals get the schema's own message", () => {
  it.each([
    ["systolic", "", "Systolic is required"],
    ["systolic", "abc", "Systolic must be a number"],
    ["systolic", "1e2", "Systolic must be a number"],
    ["systolic", "120.5", "Systolic must be a whole number"],
    ["systolic", "301", "Systolic must be between 50 and 300 mmHg"],
    ["heartRate", "", "Heart rate is required"],
    ["heartRate", "7O", "Heart rate must be a number"],
    ["heartRate", "19", "Heart rate must be between 20 and 250 beats/min"],
    ["oxygenSaturation", "abc", "Oxygen saturation must be a number"],
    ["oxygenSaturation", "97.5", "Oxygen saturation must be a whole number"],
    ["oxygenSaturation", "101", "Oxygen saturation must be between 50 and 100 %"],
  ] as const)("%s typed as %j: %s", (field, typed, message) => {
    const candidate = candidateWith((s) => {
      s.vitals[field] = typedNumber(typed);
    });
    expect(issuesOf(candidate)).toEqual([{ path: `screening.vitals.${field}`, message }]);
  });

  it("NaN (react-hook-form's blank number) reads as required, not as 'must be a number'", () => {
    const candidate = candidateWith((s) => {
      // A number, not text: `numberFromInput` passes numbers through unchanged.
      s.vitals.diastolic = numberFromInput(Number.NaN) as number;
    });
    expect(issuesOf(candidate)).toEqual([{ path: "screening.vitals.diastolic", message: "Diastolic is required" }]);
  });

  it.each([
    ["", undefined],
    ["  ", undefined],
    [" 97 ", 97],
    ["97.0", 97],
  ])("optional oxygen saturation typed as %j is saved as %j", (typed, saved) => {
    const candidate = candidateWith((s) => {
      s.vitals.oxygenSaturation = typedNumber(typed);
    });
    expect(parsedScreening(candidate).vitals.oxygenSaturation).toBe(saved);
  });

  it("a diastolic not below the systolic is reported at the diastolic", () => {
    const candidate = candidateWith((s) => {
      s.vitals.systolic = typedNumber("120");
      s.vitals.diastolic = typedNumber("120");
    });
    expect(issuesOf(candidate)).toEqual([
      { path: "screening.vitals.diastolic", message: "Diastolic must be lower than systolic" },
    ]);
  });
});

describe("optional text fields", () => {
  it.each([
    ["a blank medical record number is absent", (s: Screening) => (s.patient.medicalRecordNumber = textFromInput(""))],
    ["blank notes are absent", (s: Screening) => (s.notes = textFromInput("   "))],
  ])("%s, not an error", (_, edit) => {
    const screening = parsedScreening(candidateWith(edit));
    expect(screening.patient.medicalRecordNumber).toBeUndefined();
    expect(screening.notes).toBeUndefined();
  });

  it("a full name of spaces is required; a padded one is saved trimmed", () => {
    expect(issuesOf(candidateWith((s) => (s.patient.fullName = textFromInput("   "))))).toEqual([
      { path: "screening.patient.fullName", message: "Full name is required" },
    ]);
    expect(parsedScreening(candidateWith((s) => (s.patient.fullName = " Ada Lovelace "))).patient.fullName).toBe(
      "Ada Lovelace",
    );
  });
});

const YES_NO_FIELDS = [
  ["mentalHealth", "psychosisHistory", "Answer history of psychosis (yes or no)"],
  ["mentalHealth", "dissociativeDisorder", "Answer dissociative disorder (yes or no)"],
  ["urinary", "bladderHistory", "Answer bladder history (yes or no)"],
  ["urinary", "currentSymptoms", "Answer current urinary symptoms (yes or no)"],
  ["cognition", "memoryConcerns", "Answer memory concerns (yes or no)"],
  ["other", "nauseaProne", "Answer prone to severe nausea (yes or no)"],
  ["other", "fallRisk", "Answer fall risk (yes or no)"],
] as const;

function setYesNo(s: Screening, section: (typeof YES_NO_FIELDS)[number][0], field: string, value: Choice) {
  (s[section] as Record<string, Choice>)[field] = value;
}

describe("yes/no radios become booleans", () => {
  describe.each(YES_NO_FIELDS)("%s.%s", (section, field, message) => {
    it.each([
      ["yes", true],
      ["no", false],
    ] as const)("%j -> %j", (radio, saved) => {
      const screening = parsedScreening(candidateWith((s) => setYesNo(s, section, field, radio)));
      expect((screening[section] as Record<string, unknown>)[field]).toBe(saved);
    });

    it.each([null, undefined, "", "maybe", "true"])("%j is unanswered", (radio) => {
      const candidate = candidateWith((s) => setYesNo(s, section, field, radio));
      expect(issuesOf(candidate)).toEqual([{ path: `screening.${section}.${field}`, message }]);
    });
  });
});

describe("single-choice radios: none checked is unanswered", () => {
  it.each([
    ["plannedTreatment", "route", null, "Choose the route"],
    ["plannedTreatment", "course", "", "Choose the planned course"],
    ["cardiovascular", "hypertension", null, "Choose the blood-pressure history"],
    ["substanceUse", "ketamineUse", "", "Choose prior ketamine use"],
    ["plannedTreatment", "route", "rectal", "Choose the route"],
  ] as const)("%s.%s = %j: %s", (section, field, radio, message) => {
    const candidate = candidateWith((s) => {
      (s[section] as Record<string, Choice>)[field] = radio;
    });
    expect(issuesOf(candidate)).toEqual([{ path: `screening.${section}.${field}`, message }]);
  });

  it("a list answered None is empty, whatever boxes were ticked before", () => {
    const candidate = candidateWith((s) => {
      s.medicationsAny = "no";
      s.medications = ["opioid"];
      s.respiratory.any = "no";
      s.respiratory.conditions = undefined as unknown as string[];
    });
    const screening = parsedScreening(candidate);
    expect(screening.medications).toEqual([]);
    expect(screening.respiratory.conditions).toEqual([]);
  });

  it("a list answered Yes is the boxes ticked", () => {
    const candidate = candidateWith((s) => {
      s.medicationsAny = "yes";
      s.medications = ["opioid", "maoi"];
    });
    expect(parsedScreening(candidate).medications).toEqual(["opioid", "maoi"]);
  });

  it.each([
    ["unanswered", null, ["opioid"]],
    ["Yes with nothing ticked", "yes", false],
    ["Yes with an empty list", "yes", []],
  ] as const)("a list %s asks for an answer: never stored as none", (_, gate, ticked) => {
    const candidate = candidateWith((s) => {
      s.medicationsAny = gate;
      s.medications = ticked as unknown as string[];
    });
    expect(issuesOf(candidate)).toEqual([
      { path: "screening.medications", message: "Answer None, or tick each medicine that applies" },
    ]);
  });

  it.each([
    ["", undefined],
    ["patient-7", "patient-7"],
  ])("patientId %j is filed as %j", (typed, saved) => {
    const candidate = candidateWith((_, state) => (state.patientId = typed));
    expect(screeningSubmissionSchema.parse(candidate).patientId).toBe(saved);
  });
});


describe("PHQ-9 and GAD-7: blank, partly answered, complete", () => {
  it.each<[string, Choice[]]>([
    ["all null", Array(9).fill(null)],
    ["all empty strings", Array(9).fill("")],
    ["an empty list", []],
  ])("PHQ-9 %s is skipped (absent)", (_, radios) => {
    const screening = parsedScreening(candidateWith((s) => (s.mentalHealth.phq9Items = radios)));
    expect(screening.mentalHealth).not.toHaveProperty("phq9Items", expect.anything());
    expect(screening.mentalHealth.phq9Items).toBeUndefined();
  });

  it("a complete PHQ-9 becomes the scores in item order", () => {
    const items = [0, 1, 2, 3, 3, 2, 1, 0, 1];
    const screening = parsedScreening(candidateWith((s) => (s.mentalHealth.phq9Items = itemRadios(items, 9))));
    expect(screening.mentalHealth.phq9Items).toEqual(items);
  });

  it("a complete GAD-7 becomes the scores in item order", () => {
    const items = [3, 0, 1, 2, 0, 0, 3];
    const screening = parsedScreening(candidateWith((s) => (s.mentalHealth.gad7Items = itemRadios(items, 7))));
    expect(screening.mentalHealth.gad7Items).toEqual(items);
  });

  it.each<[string, "phq9Items" | "gad7Items", Choice[], (number | null)[]]>([
    ["PHQ-9 with the last item blank", "phq9Items", [...itemRadios([1, 1, 1, 1, 1, 1, 1, 1], 8), null], [1, 1, 1, 1, 1, 1, 1, 1, null]],
    ["PHQ-9 with the first item blank", "phq9Items", [null, ...itemRadios([2, 2, 2, 2, 2, 2, 2, 2], 8)], [null, 2, 2, 2, 2, 2, 2, 2, 2]],
    ["PHQ-9 with one item answered", "phq9Items", [null, null, null, "0", null, null, null, null, null], [null, null, null, 0, null, null, null, null, null]],
    ["GAD-7 with six of seven answered", "gad7Items", ["0", "1", "2", "", "3", "0", "1"], [0, 1, 2, null, 3, 0, 1]],
    ["GAD-7 with one item answered", "gad7Items", ["3", null, null, null, null, null, null], [3, null, null, null, null, null, null]],
  ])("%s is kept with each unanswered item as null, in its place", (_, field, radios, expected) => {
    const candidate = candidateWith((s) => (s.mentalHealth[field] = radios));
    expect(issuesOf(candidate)).toEqual([]);
    expect(parsedScreening(candidate).mentalHealth[field]).toEqual(expected);
  });

  it("itemScores keeps each blank item in its place for the running total", () => {
    expect(itemScores([null, "2", "", undefined, "0"], 6)).toEqual([undefined, 2, undefined, undefined, 0, undefined]);
  });
});

describe("pregnancy: recorded as not applicable for a patient male at birth", () => {
  it.each<[Choice, boolean]>([
    ["male", false],
    ["female", true],
    ["intersex", true],
    ["unknown", true],
    [null, true],
    [undefined, true],
  ])("sex at birth %j: pregnancy asked = %j", (sexAtBirth, asked) => {
    expect(asksPregnancy(sexAtBirth)).toBe(asked);
  });

  it.each<Choice>(["pregnant", "not-pregnant", "unknown", null, undefined])(
    "male with the pregnancy radio at %j is saved as not-applicable",
    (radio) => {
      const candidate = candidateWith((s) => {
        s.patient.sexAtBirth = "male";
        s.pregnancy = radio;
      });
      expect(parsedScreening(candidate).pregnancy).toBe("not-applicable");
    },
  );

  it.each(["female", "intersex", "unknown"])("%s keeps the chosen pregnancy status", (sexAtBirth) => {
    const candidate = candidateWith((s) => {
      s.patient.sexAtBirth = sexAtBirth;
      s.pregnancy = "pregnant";
    });
    expect(parsedScreening(candidate).pregnancy).toBe("pregnant");
  });

  it.each<Choice>([null, undefined, ""])("female with pregnancy %j is asked to choose", (radio) => {
    const candidate = candidateWith((s) => {
      s.patient.sexAtBirth = "female";
      s.pregnancy = radio;
    });
    expect(issuesOf(candidate)).toEqual([{ path: "screening.pregnancy", message: "Choose the pregnancy status" }]);
  });

  it("sex at birth not chosen: pregnancy is still asked, and both are reported", () => {
    const candidate = candidateWith((s) => {
      s.patient.sexAtBirth = null;
      s.pregnancy = null;
    });
    expect(issuesOf(candidate)).toEqual([
      { path: "screening.patient.sexAtBirth", message: "Choose sex at birth" },
      { path: "screening.pregnancy", message: "Choose the pregnancy status" },
    ]);
  });
});

describe("a fully entered form", () => {
  it("parses to the screening that was entered", () => {
    const input = makeScreeningInput({
      patient: { medicalRecordNumber: "MRN-42/7" },
      vitals: { systolic: 150, diastolic: 95, heartRate: 88, oxygenSaturation: 96 },
      medications: ["opioid", "maoi"],
      mentalHealth: { phq9Items: [1, 2, 3, 0, 1, 2, 3, 0, 1], gad7Items: [0, 0, 1, 1, 2, 2, 3] },
      urinary: { bladderHistory: true },
      notes: "Prefers a morning session.",
    });
    expect(parsedScreening(toSubmissionCandidate(typedFormState(input)))).toEqual(input);
  });
});
