/**
 * How much the screening schema (schema.ts) accepts in its free-text and list fields. Apart from the schema so
 * that the form's counters and hints can show them without loading zod with the page (docs/decisions/0020).
 */
export const MAX_NOTES_LENGTH = 2000;
export const MAX_FULL_NAME_LENGTH = 200;
export const MAX_LIST_ENTRY_LENGTH = 100;
export const MAX_OTHER_ALLERGIES = 20;
export const MAX_OTHER_MEDICINES = 30;
export const MAX_REACTION_LENGTH = 500;
