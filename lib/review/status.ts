/**
 * A stored screening's workflow: `awaiting-review` when saved, `signed` once a clinician signs it (then it is
 * locked), `amended` once a later version replaces it. Only the latest version of a screening is ever
 * awaiting review or signed; an amended one stays readable as it was.
 */
export const SCREENING_STATUSES = ["awaiting-review", "signed", "amended"] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

/** A screening whose flags, decisions and sign-off may still change. */
export function isOpenForReview(status: ScreeningStatus): boolean {
  return status === "awaiting-review";
}
