/** The facts added in rules 2026-11-25.2: weight per route, height, allergies, other medicines, conditions, breastfeeding. */
import { describe, expect, it } from "vitest";

import { screeningInputSchema } from "@/lib/screening/schema";
import { makeScreeningInput } from "@/tests/support/screening-factory";

type Overrides = Parameters<typeof makeScreeningInput>[0];

function issuesOf(overrides: Overrides): { path: string; message: string }[] {
  const result = screeningInputSchema.safeParse(makeScreeningInput(overrides));
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const WEIGHT_REQUIRED = {
  path: "vitals.weightKg",
  message: "Weight is required for intravenous or intramuscular treatment: the dose is calculated per kg",
};
const noWeight = { systolic: 118, diastolic: 76, heartRate: 72 };

describe("weight is required for the routes dosed per kg", () => {
  it.each(["intravenous", "intramuscular"] as const)("%s without weight is refused", (route) => {
    const input = { ...makeScreeningInput({ plannedTreatment: { course: "single", route } }), vitals: noWeight };
    const result = screeningInputSchema.safeParse(input);
    expect(result.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }))).toContainEqual(WEIGHT_REQUIRED);
  });

  it.each(["intranasal", "oral"] as const)("%s without weight is accepted", (route) => {
    const input = { ...makeScreeningInput({ plannedTreatment: { course: "single", route } }), vitals: noWeight };
    expect(screeningInputSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    [1.9, "Weight must be between 2 and 400 kg"],
    [400.1, "Weight must be between 2 and 400 kg"],
    [70.25, "Weight may have at most one decimal (e.g. 72.5)"],
  ])("weight %s → %s", (weightKg, message) => {
    expect(issuesOf({ vitals: { weightKg } })).toContainEqual({ path: "vitals.weightKg", message });
  });

  it.each([
    [39.9, "Height must be between 40 and 250 cm"],
    [250.5, "Height must be between 40 and 250 cm"],
    [170.55, "Height may have at most one decimal (e.g. 72.5)"],
  ])("height %s → %s", (heightCm, message) => {
    expect(issuesOf({ vitals: { heightCm } })).toContainEqual({ path: "vitals.heightCm", message });
  });
});

describe("allergies and other medicines", () => {
  it("refuses the same allergy twice, whatever the case", () => {
    expect(issuesOf({ allergies: { ketamineHypersensitivity: false, other: ["Latex", "latex"] } })).toContainEqual({
      path: "allergies.other",
      message: "Each of the other allergies can be listed only once",
    });
  });

  it("lists at most 20 allergies and 30 other medicines", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `Item ${i}`);
    expect(issuesOf({ allergies: { ketamineHypersensitivity: false, other: many(20) }, otherMedicines: many(30) })).toEqual([]);
    expect(issuesOf({ allergies: { ketamineHypersensitivity: false, other: many(21) } })).toContainEqual({
      path: "allergies.other",
      message: "List at most 20 other allergies",
    });
    expect(issuesOf({ otherMedicines: many(31) })).toContainEqual({ path: "otherMedicines", message: "List at most 30 other medicines" });
  });

  it("requires the ketamine hypersensitivity answer", () => {
    expect(issuesOf({ allergies: { ketamineHypersensitivity: undefined, other: [] } as never })).toContainEqual({
      path: "allergies.ketamineHypersensitivity",
      message: "Answer known hypersensitivity to ketamine or esketamine (yes or no)",
    });
  });

  it("bounds a past reaction at 500 characters", () => {
    expect(issuesOf({ substanceUse: { priorKetamineReaction: "a".repeat(500) } })).toEqual([]);
    expect(issuesOf({ substanceUse: { priorKetamineReaction: "a".repeat(501) } })).toContainEqual({
      path: "substanceUse.priorKetamineReaction",
      message: "Past adverse reaction to ketamine must be at most 500 characters",
    });
  });
});

describe("other conditions and breastfeeding", () => {
  it.each([
    ["conditions.raisedIntracranialPressure", "Answer raised intracranial pressure or a recent head injury (yes or no)"],
    ["conditions.raisedIntraocularPressure", "Answer raised intraocular pressure (yes or no)"],
    ["conditions.hyperthyroidism", "Answer hyperthyroidism (yes or no)"],
    ["conditions.liverDisease", "Answer liver disease (yes or no)"],
  ])("%s is required", (path, message) => {
    const field = path.split(".")[1] as string;
    expect(issuesOf({ conditions: { [field]: undefined } })).toContainEqual({ path, message });
  });

  it.each(["yes", "no"] as const)("refuses breastfeeding %j for a patient male at birth", (breastfeeding) => {
    expect(issuesOf({ patient: { fullName: "A Man", dateOfBirth: "1980-01-01", sexAtBirth: "male" }, pregnancy: "not-applicable", breastfeeding })).toContainEqual({
      path: "breastfeeding",
      message: "Breastfeeding does not apply when sex at birth is male: choose “Not applicable” or correct the sex at birth",
    });
  });

  it("requires a breastfeeding answer", () => {
    expect(issuesOf({ breastfeeding: "maybe" as never })).toContainEqual({ path: "breastfeeding", message: "Choose whether the patient is breastfeeding" });
  });
});
