/**
 * Blood-pressure categories for adults from one office reading, per the 2017 ACC/AHA Guideline for the
 * Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults: Whelton PK, Carey RM,
 * Aronow WS, et al. Hypertension. 2018;71:e13–e115 (Table 6).
 *
 * - normal: systolic < 120 and diastolic < 80
 * - elevated: systolic 120–129 and diastolic < 80
 * - stage 1 hypertension: systolic 130–139 or diastolic 80–89
 * - stage 2 hypertension: systolic ≥ 140 or diastolic ≥ 90
 *
 * When the two readings fall in different categories the higher one applies (the guideline's rule). The
 * guideline diagnoses hypertension from an average of readings on separate occasions; one pre-treatment reading
 * is a screening value, which is why the rules flag it for the clinician rather than label the patient.
 */

export type BloodPressureCategory = "normal" | "elevated" | "stage-1-hypertension" | "stage-2-hypertension";

export const BLOOD_PRESSURE_CATEGORY_LABELS: Readonly<Record<BloodPressureCategory, string>> = {
  normal: "Normal",
  elevated: "Elevated",
  "stage-1-hypertension": "Stage 1 hypertension",
  "stage-2-hypertension": "Stage 2 hypertension",
};

/** Lower bounds (mmHg) of the guideline's categories; a reading at the bound is in the higher category. */
export const STAGE_1_HYPERTENSION = { systolic: 130, diastolic: 80 } as const;
export const STAGE_2_HYPERTENSION = { systolic: 140, diastolic: 90 } as const;
export const ELEVATED_SYSTOLIC = 120;

/** The ACC/AHA 2017 category of one reading (whole mmHg). */
export function classifyBloodPressure(systolic: number, diastolic: number): BloodPressureCategory {
  if (systolic >= STAGE_2_HYPERTENSION.systolic || diastolic >= STAGE_2_HYPERTENSION.diastolic) {
    return "stage-2-hypertension";
  }
  if (systolic >= STAGE_1_HYPERTENSION.systolic || diastolic >= STAGE_1_HYPERTENSION.diastolic) {
    return "stage-1-hypertension";
  }
  if (systolic >= ELEVATED_SYSTOLIC) return "elevated";
  return "normal";
}
