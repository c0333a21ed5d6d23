/**
 * The screening contract: every field rejected out of bounds with its path and a message a clinician can act
 * on; unknown keys rejected at every level. "Today" is pinned so date-of-birth limits are exact.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { screeningInputSchema, screeningInputSchemaAsOf } from "@/lib/screening/schema";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";

const TODAY = new Date(2026, 10, 25, 12, 0, 0); // 2026-11-25, local noon

beforeAll(() => {
  vi.setSystemTime(TODAY);
});
afterAll(() => {
  vi.useRealTimers();
});

/** The baseline screening with one value replaced (path "a.b.c"); `undefined` removes the key. */
function withValue(path: string, value: unknown): unknown {
  const input = structuredClone(BASELINE_SCREENING) as unknown as Record<string, unknown>;
  const keys = path.split(".");
  const last = keys.pop() as string;
  let target = input;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return input;
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = screeningInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const text = (length: number, char = "a") => char.repeat(length);

describe("rejects each field out of bounds, naming the field", () => {
  it.each([
    ["patient.fullName", "", "Full name is required"],
    ["patient.fullName", "   ", "Full name is required"],
    ["patient.fullName", text(201), "Full name must be at most 200 characters"],
    ["patient.fullName", undefined, "Full name is required"],
    ["patient.dateOfBirth", "15/06/1985", "Date of birth must be a date (YYYY-MM-DD)"],
    ["patient.dateOfBirth", "2023-02-29", "Date of birth is not a real calendar date"],
    ["patient.dateOfBirth", "1985-13-01", "Date of birth is not a real calendar date"],
    ["patient.dateOfBirth", "2026-11-26", "Date of birth cannot be in the future"],
    ["patient.dateOfBirth", "1905-11-25", "Age must be at most 120 years"],
    ["patient.dateOfBirth", undefined, "Date of birth is required"],
    ["patient.medicalRecordNumber", "", "Medical record number cannot be empty"],
    ["patient.medicalRecordNumber", text(65, "A"), "Medical record number must be at most 64 characters"],
    ["patient.medicalRecordNumber", "AB 123", "Medical record number may contain only letters, digits, - and /"],
    ["patient.medicalRecordNumber", "AB_123", "Medical record number may contain only letters, digits, - and /"],
    ["patient.medicalRecordNumber", "MRN#7", "Medical record number may contain only letters, digits, - and /"],
    ["patient.sexAtBirth", "other", "Choose sex at birth"],
    ["plannedTreatment.course", "weekly", "Choose the planned course"],
    ["plannedTreatment.route", "rectal", "Choose the route"],
    ["vitals.systolic", 49, "Systolic must be between 50 and 300 mmHg"],
    ["vitals.systolic", 301, "Systolic must be between 50 and 300 mmHg"],
    ["vitals.systolic", 120.5, "Systolic must be a whole number"],
    ["vitals.systolic", "120", "Systolic must be a number"],
    ["vitals.systolic", undefined, "Systolic is required"],
    ["vitals.diastolic", 19, "Diastolic must be between 20 and 200 mmHg"],
    ["vitals.diastolic", 118, "Diastolic must be lower than systolic"],
    ["vitals.diastolic", 130, "Diastolic must be lower than systolic"],
    ["vitals.heartRate", 19, "Heart rate must be between 20 and 250 beats/min"],
    ["vitals.heartRate", 251, "Heart rate must be between 20 and 250 beats/min"],
    ["vitals.oxygenSaturation", 49, "Oxygen saturation must be between 50 and 100 %"],
    ["vitals.oxygenSaturation", 101, "Oxygen saturation must be between 50 and 100 %"],
    ["cardiovascular.conditions", ["stroke", "stroke"], "Each heart or circulation condition can be listed only once"],
    ["cardiovascular.conditions.0", ["angina"], "Unknown heart or circulation condition"],
    ["cardiovascular.hypertension", "borderline", "Choose the blood-pressure history"],
    ["respiratory.conditions", ["copd", "copd"], "Each breathing condition can be listed only once"],
    ["respiratory.conditions.0", ["flu"], "Unknown breathing condition"],
    ["medications", ["opioid", "opioid"], "Each medicine can be listed only once"],
    ["medications.0", ["aspirin"], "Unknown medicine"],
    ["mentalHealth.depression", "severe", "Choose the depression history"],
    ["mentalHealth.anxiety", "yes", "Choose the anxiety history"],
    ["mentalHealth.psychosisHistory", "yes", "Answer history of psychosis (yes or no)"],
    ["mentalHealth.dissociativeDisorder", 1, "Answer dissociative disorder (yes or no)"],
    ["mentalHealth.phq9Items", [0, 0, 0, 0, 0, 0, 0, 0], "PHQ-9 must have 9 items, each scored 0 to 3 or left unanswered"],
    ["mentalHealth.phq9Items.8", [0, 0, 0, 0, 0, 0, 0, 0, 4], "Each PHQ-9 item must be scored 0 to 3"],
    ["mentalHealth.gad7Items", [0, 0, 0, 0, 0, 0, 0, 0], "GAD-7 must have 7 items, each scored 0 to 3 or left unanswered"],
    ["mentalHealth.gad7Items.0", [-1, 0, 0, 0, 0, 0, 0], "Each GAD-7 item must be scored 0 to 3"],
    ["substanceUse.disorder", "mild", "Choose the substance-use history"],
    ["substanceUse.ketamineUse", "daily", "Choose prior ketamine use"],
    ["substanceUse.alcohol", "binge", "Choose alcohol use"],
    ["urinary.bladderHistory", "no", "Answer bladder history (yes or no)"],
    ["urinary.currentSymptoms", null, "Answer current urinary symptoms (yes or no)"],
    ["cognition.memoryConcerns", "no", "Answer memory concerns (yes or no)"],
    ["other.nauseaProne", 0, "Answer prone to severe nausea (yes or no)"],
    ["other.fallRisk", "no", "Answer fall risk (yes or no)"],
    ["pregnancy", "maybe", "Choose the pregnancy status"],
    ["notes", text(2001), "Notes must be at most 2000 characters"],
  ])("%s = %j → %s", (path, value, message) => {
    // An error inside a list is reported at the item ("medications.0"); set the list itself.
    const fieldPath = /\.\d+$/.test(path) ? path.replace(/\.\d+$/, "") : path;
    expect(issuesOf(withValue(fieldPath, value))).toContainEqual({ path, message });
  });
});

describe("accepts values on the bounds", () => {
  it.each([
    ["patient.fullName", text(200)],
    ["patient.fullName", "  Ada Example  "],
    ["patient.dateOfBirth", "2024-02-29"],
    ["patient.dateOfBirth", "2026-11-25"],
    ["patient.dateOfBirth", "1906-11-25"],
    ["patient.dateOfBirth", "1905-11-26"],
    ["patient.medicalRecordNumber", "AB-12/34"],
    ["patient.medicalRecordNumber", text(64, "9")],
    ["vitals", { systolic: 50, diastolic: 20, heartRate: 20, oxygenSaturation: 50, weightKg: 2, heightCm: 40 }],
    ["vitals", { systolic: 300, diastolic: 200, heartRate: 250, oxygenSaturation: 100, weightKg: 400, heightCm: 250 }],
    ["vitals.weightKg", 72.5],
    ["mentalHealth.phq9Items", [null, 0, 1, null, 2, 3, null, 0, null]],
    ["mentalHealth.gad7Items", [null, null, null, null, null, null, null]],
    ["vitals.diastolic", 117],
    ["mentalHealth.phq9Items", [3, 3, 3, 3, 3, 3, 3, 3, 3]],
    ["mentalHealth.gad7Items", [0, 0, 0, 0, 0, 0, 0]],
    ["notes", text(2000)],
  ])("%s = %j", (path, value) => {
    expect(issuesOf(withValue(path, value))).toEqual([]);
  });

  it("trims the full name", () => {
    const parsed = screeningInputSchema.parse(withValue("patient.fullName", "  Ada Example  "));
    expect(parsed.patient.fullName).toBe("Ada Example");
  });
});

describe("rejects unknown keys at every level", () => {
  it.each([
    "",
    "patient",
    "plannedTreatment",
    "vitals",
    "cardiovascular",
    "respiratory",
    "mentalHealth",
    "substanceUse",
    "urinary",
    "cognition",
    "other",
  ])("at %j", (section) => {
    const input = withValue(section === "" ? "unexpected" : `${section}.unexpected`, true);
    expect(issuesOf(input)).toContainEqual({ path: section, message: "Unknown field: unexpected" });
  });
});

describe("names a missing section", () => {
  it.each([
    ["patient", "Patient section is missing"],
    ["vitals", "Vital signs section is missing"],
    ["mentalHealth", "Mental health section is missing"],
    ["other", "Other section is missing"],
  ])("%s", (section, message) => {
    const input = structuredClone(BASELINE_SCREENING) as unknown as Record<string, unknown>;
    delete input[section];
    expect(issuesOf(input)).toContainEqual({ path: section, message });
  });

  it("rejects a screening that is not an object at all", () => {
    expect(issuesOf(null)).toContainEqual({ path: "", message: "Screening section is missing" });
  });
});

describe("pregnancy and sex at birth", () => {
  it.each(["pregnant", "unknown"])("rejects pregnancy %j for a patient male at birth, at the pregnancy field", (pregnancy) => {
    const input = makeScreeningInput({ patient: { sexAtBirth: "male" }, pregnancy: pregnancy as "pregnant" });
    expect(issuesOf(input)).toContainEqual({
      path: "pregnancy",
      message: "Pregnancy does not apply when sex at birth is male: choose “Not applicable” or correct the sex at birth",
    });
  });

  it.each(["not-applicable", "not-pregnant"])("accepts %j for a patient male at birth", (pregnancy) => {
    const input = makeScreeningInput({ patient: { sexAtBirth: "male" }, pregnancy: pregnancy as "not-applicable", breastfeeding: "not-applicable" });
    expect(issuesOf(input)).toEqual([]);
  });

  it.each(["female", "intersex", "unknown"])("accepts pregnant for sex at birth %j", (sexAtBirth) => {
    const input = makeScreeningInput({ patient: { sexAtBirth: sexAtBirth as "female" }, pregnancy: "pregnant" });
    expect(issuesOf(input)).toEqual([]);
  });
});

describe("screeningInputSchemaAsOf", () => {
  const aged = (dateOfBirth: string) => withValue("patient.dateOfBirth", dateOfBirth);

  it("bounds age and future dates by the given day, not by today", () => {
    const asOf2019 = screeningInputSchemaAsOf(() => "2019-06-01");
    expect(asOf2019.safeParse(aged("1900-01-01")).success).toBe(true);
    expect(screeningInputSchema.safeParse(aged("1900-01-01")).success).toBe(false);
    expect(asOf2019.safeParse(aged("2019-06-02")).error?.issues[0]?.message).toBe("Date of birth cannot be in the future");
    expect(asOf2019.safeParse(aged("1898-06-02")).success).toBe(true);
    expect(asOf2019.safeParse(aged("1898-06-01")).error?.issues[0]?.message).toBe("Age must be at most 120 years");
  });
});
