/**
 * GAD-7, the seven-item generalized anxiety disorder scale.
 *
 * Scoring and severity bands follow Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing
 * generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097: the total is the sum of the
 * seven items (0–21), banded 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe; 10 is the usual cut-point
 * for further evaluation.
 */
import { answeredCount, isComplete, requireTotalInRange, sumItemScores, type ItemAnswer } from "./questionnaire-items";

export type Gad7Band = "minimal" | "mild" | "moderate" | "severe";

export const GAD7_ITEM_COUNT = 7;
export const GAD7_MAX_TOTAL = 21;

export const GAD7_BAND_LABELS: Readonly<Record<Gad7Band, string>> = {
  minimal: "Minimal",
  mild: "Mild",
  moderate: "Moderate",
  severe: "Severe",
};

/** Short paraphrases of the seven items, in questionnaire order ("Over the last 2 weeks, how often …"). */
export const GAD7_ITEMS: readonly string[] = [
  "Feeling nervous, anxious or on edge",
  "Not being able to stop or control worrying",
  "Worrying too much about different things",
  "Trouble relaxing",
  "Being so restless that it is hard to sit still",
  "Becoming easily annoyed or irritable",
  "Feeling afraid as if something awful might happen",
];

/** The lowest total of each band above minimal (Spitzer et al. 2006); the rules' GAD-7 threshold uses these. */
export const GAD7_BAND_FLOORS = { mild: 5, moderate: 10, severe: 15 } as const;

/** The severity band of a GAD-7 total (Spitzer et al. 2006). Throws if the total is not 0–21. */
export function gad7Band(total: number): Gad7Band {
  requireTotalInRange("GAD-7", total, GAD7_MAX_TOTAL);
  if (total >= GAD7_BAND_FLOORS.severe) return "severe";
  if (total >= GAD7_BAND_FLOORS.moderate) return "moderate";
  if (total >= GAD7_BAND_FLOORS.mild) return "mild";
  return "minimal";
}

/** Total and band of a complete GAD-7 (seven scores 0–3, in questionnaire order). */
export function scoreGad7(items: readonly number[]): { total: number; band: Gad7Band } {
  const total = sumItemScores("GAD-7", items, GAD7_ITEM_COUNT);
  return { total, band: gad7Band(total) };
}

/** A recorded GAD-7, complete or not: total and band only when all seven items are answered. */
export type Gad7Summary =
  | { readonly status: "complete"; readonly total: number; readonly band: Gad7Band }
  | { readonly status: "incomplete"; readonly answered: number };

export function summariseGad7(items: readonly ItemAnswer[]): Gad7Summary {
  if (isComplete(items)) {
    // Fields named rather than spread in: spreading copies them one by one through V8's runtime.
    const { total, band } = scoreGad7(items);
    return { status: "complete", total, band };
  }
  return { status: "incomplete", answered: answeredCount(items) };
}
