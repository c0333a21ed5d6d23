/**
 * What PHQ-9 and GAD-7 share: every item is answered on the same four-point frequency scale
 * ("over the last 2 weeks, how often have you been bothered by …"), scored 0 to 3.
 */

export const ITEM_SCORE_MIN = 0;
export const ITEM_SCORE_MAX = 3;

/** The response wording shared by PHQ-9 and GAD-7, by score. */
export const ITEM_RESPONSE_LABELS: readonly [string, string, string, string] = [
  "Not at all",
  "Several days",
  "More than half the days",
  "Nearly every day",
];

/**
 * Sums a complete set of item scores. Throws on a wrong count or a score outside 0–3: the screening schema
 * rejects such input, so reaching here with it is a bug, and a silently wrong total could hide a risk.
 */
export function sumItemScores(name: string, items: readonly number[], expectedCount: number): number {
  if (items.length !== expectedCount) {
    throw new RangeError(`${name} needs ${expectedCount} item scores, got ${items.length}`);
  }
  let total = 0;
  for (const score of items) {
    if (!Number.isInteger(score) || score < ITEM_SCORE_MIN || score > ITEM_SCORE_MAX) {
      throw new RangeError(`${name} item scores must be whole numbers 0 to 3, got ${score}`);
    }
    total += score;
  }
  return total;
}

/** Throws unless `total` is a whole number a questionnaire of this size can produce. */
export function requireTotalInRange(name: string, total: number, maxTotal: number): void {
  if (!Number.isInteger(total) || total < 0 || total > maxTotal) {
    throw new RangeError(`${name} total must be a whole number 0 to ${maxTotal}, got ${total}`);
  }
}

/** An item answer as recorded: a score 0–3, or `null` when the item was left unanswered. */
export type ItemAnswer = number | null;

/**
 * True when every item is answered: only then is there a total (a partial total understates severity). A type
 * guard rather than a copy of the scores: the rules summarise a questionnaire on every assessment.
 */
export function isComplete(items: readonly ItemAnswer[]): items is readonly number[] {
  return items.every((score) => score !== null);
}

/** How many items carry an answer (counted, not filtered into a new array). */
export function answeredCount(items: readonly ItemAnswer[]): number {
  let answered = 0;
  for (const score of items) if (score !== null) answered += 1;
  return answered;
}
