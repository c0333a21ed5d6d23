/** Questionnaire answers with a chosen total, for boundary tests (PHQ-9 9/10, 19/20; GAD-7 9/10). */

/**
 * `count` item scores (0–3) summing to `total`, filled from the first item; the item at `fixedIndex`, if given,
 * is set to `fixedScore` first (e.g. PHQ-9 item 9 held at 0 while the total varies).
 */
export function itemsWithTotal(count: number, total: number, fixed?: { index: number; score: number }): number[] {
  const items = Array.from({ length: count }, () => 0);
  let remaining = total;
  if (fixed !== undefined) {
    items[fixed.index] = fixed.score;
    remaining -= fixed.score;
  }
  for (let i = 0; i < count && remaining > 0; i++) {
    if (fixed !== undefined && i === fixed.index) continue;
    const score = Math.min(3, remaining);
    items[i] = score;
    remaining -= score;
  }
  if (remaining !== 0) throw new RangeError(`Cannot reach total ${total} with ${count} items`);
  return items;
}

/** PHQ-9 items with the given total and item 9 (thoughts of self-harm) fixed, 0 unless stated. */
export function phq9WithTotal(total: number, item9 = 0): number[] {
  return itemsWithTotal(9, total, { index: 8, score: item9 });
}

export function gad7WithTotal(total: number): number[] {
  return itemsWithTotal(7, total);
}
