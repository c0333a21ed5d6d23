/**
 * The running total a form shows while a questionnaire is being filled in. Unanswered items are skipped,
 * not counted as 0, so the form can say "12 from 6 of 9 items" rather than show a misleadingly low total.
 * No band is given here: a band is only meaningful once every item is answered (see scorePhq9 / scoreGad7).
 */
export function answeredTotal(items: readonly (number | undefined | null)[]): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const score of items) {
    // A cleared number input can hand over NaN; it is unanswered, not a score.
    if (typeof score === "number" && Number.isFinite(score)) {
      answered += 1;
      total += score;
    }
  }
  return { answered, total };
}
