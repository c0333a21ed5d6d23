/**
 * How long the review notes and an amendment's reason may be (lib/review/schemas.ts). Apart from the schemas so
 * that the forms' hints can show them without loading zod with the page (docs/decisions/0020).
 */
export const REVIEW_NOTE_MAX = 2000;
export const AMENDMENT_REASON_MAX = 1000;
