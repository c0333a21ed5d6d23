/**
 * PHQ-9, the nine-item depression module of the Patient Health Questionnaire.
 *
 * Scoring and severity bands follow Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief
 * depression severity measure. J Gen Intern Med. 2001;16(9):606–613: the total is the sum of the nine items
 * (0–27), banded 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. Item 9
 * (thoughts of being better off dead or of self-harm) is reported on its own because any positive answer
 * warrants a suicide-risk assessment whatever the total.
 */
import { answeredCount, isComplete, requireTotalInRange, sumItemScores, type ItemAnswer } from "./questionnaire-items";

export type Phq9Band = "minimal" | "mild" | "moderate" | "moderately-severe" | "severe";

export const PHQ9_ITEM_COUNT = 9;
export const PHQ9_MAX_TOTAL = 27;

export const PHQ9_BAND_LABELS: Readonly<Record<Phq9Band, string>> = {
  minimal: "Minimal",
  mild: "Mild",
  moderate: "Moderate",
  "moderately-severe": "Moderately severe",
  severe: "Severe",
};

/** Short paraphrases of the nine items, in questionnaire order ("Over the last 2 weeks, how often …"). */
export const PHQ9_ITEMS: readonly string[] = [
  "Little interest or pleasure in doing things",
  "Feeling down, depressed or hopeless",
  "Trouble falling or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or overeating",
  "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
  "Trouble concentrating on things, such as reading or watching television",
  "Moving or speaking so slowly that others could notice, or being so fidgety or restless that you move around a lot more than usual",
  "Thoughts that you would be better off dead, or of hurting yourself in some way",
];

/** The lowest total of each band above minimal (Kroenke et al. 2001); the rules' PHQ-9 thresholds use these. */
export const PHQ9_BAND_FLOORS = { mild: 5, moderate: 10, "moderately-severe": 15, severe: 20 } as const;

/** The severity band of a PHQ-9 total (Kroenke et al. 2001). Throws if the total is not 0–27. */
export function phq9Band(total: number): Phq9Band {
  requireTotalInRange("PHQ-9", total, PHQ9_MAX_TOTAL);
  if (total >= PHQ9_BAND_FLOORS.severe) return "severe";
  if (total >= PHQ9_BAND_FLOORS["moderately-severe"]) return "moderately-severe";
  if (total >= PHQ9_BAND_FLOORS.moderate) return "moderate";
  if (total >= PHQ9_BAND_FLOORS.mild) return "mild";
  return "minimal";
}

/** Total, band and item 9 of a complete PHQ-9 (nine scores 0–3, in questionnaire order). */
export function scorePhq9(items: readonly number[]): { total: number; band: Phq9Band; item9: number } {
  const total = sumItemScores("PHQ-9", items, PHQ9_ITEM_COUNT);
  // Safe: sumItemScores has checked there are exactly nine items.
  const item9 = items[8] as number;
  return { total, band: phq9Band(total), item9 };
}

/**
 * A recorded PHQ-9, complete or not. Total and band exist only when all nine items are answered; item 9 is
 * reported whenever it was answered, because a positive answer matters even on a partial questionnaire.
 */
export type Phq9Summary =
  | { readonly status: "complete"; readonly total: number; readonly band: Phq9Band; readonly item9: number }
  | { readonly status: "incomplete"; readonly answered: number; readonly item9: number | null };

export function summarisePhq9(items: readonly ItemAnswer[]): Phq9Summary {
  if (isComplete(items)) {
    // Fields named rather than spread in: spreading copies them one by one through V8's runtime.
    const { total, band, item9 } = scorePhq9(items);
    return { status: "complete", total, band, item9 };
  }
  return { status: "incomplete", answered: answeredCount(items), item9: items[PHQ9_ITEM_COUNT - 1] ?? null };
}
