/**
 * The form state as it can be stored and read back equal: a number input holding a non-finite number (300
 * digits typed) becomes its text, as any other non-number would, and `undefined` entries are dropped the way
 * JSON drops them. Pure; the browser calls it before sending. Apart from the draft schema (draft-schema.ts) so
 * that the form can call it without loading zod with the page (docs/decisions/0020).
 */
export function toStorableDraftState<T>(state: T): T {
  return JSON.parse(JSON.stringify(state, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value))) as T;
}
