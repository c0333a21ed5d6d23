import { describe, expect, it } from "vitest";

import { BLOOD_PRESSURE_CATEGORY_LABELS, classifyBloodPressure } from "@/lib/scoring/blood-pressure";

describe("classifyBloodPressure (2017 ACC/AHA)", () => {
  it.each([
    [119, 79, "normal"],
    [120, 79, "elevated"],
    [129, 79, "elevated"],
    [130, 79, "stage-1-hypertension"],
    [119, 80, "stage-1-hypertension"],
    [139, 89, "stage-1-hypertension"],
    [140, 89, "stage-2-hypertension"],
    [139, 90, "stage-2-hypertension"],
    [110, 95, "stage-2-hypertension"],
    [185, 125, "stage-2-hypertension"],
  ] as const)("%i/%i mmHg is %s", (systolic, diastolic, category) => {
    expect(classifyBloodPressure(systolic, diastolic)).toBe(category);
  });

  it("uses the higher category when systolic and diastolic disagree", () => {
    expect(classifyBloodPressure(125, 85)).toBe("stage-1-hypertension");
  });

  it("labels every category", () => {
    expect(BLOOD_PRESSURE_CATEGORY_LABELS["stage-2-hypertension"]).toBe("Stage 2 hypertension");
  });
});
