/** A fixed clock for tests that pass `now` explicitly instead of sleeping. */
export const MINUTE_MS = 60_000;
export const T0 = new Date("2026-11-25T09:00:00.000Z");

/** `minutes` after T0 (fractions and negatives allowed). */
export function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * MINUTE_MS);
}
