/**
 * One place that knows whether leaving the current page would lose unsaved entries. The form holds the guard
 * while it has such entries; code that navigates by itself (the patient search's router push) asks it first,
 * as the guard's own click handler does for links.
 */
import { isLeavingOnPurpose } from "./load-page";

export const UNSAVED_ENTRIES_QUESTION = "This screening has entries that are not saved. Leave the page and lose them?";

/** Asked at the moment of leaving, so entries saved a second ago (a draft) do not raise a question. */
let unsavedCheck: (() => boolean) | null = null;

export function holdLeaving(check: (() => boolean) | null): void {
  unsavedCheck = check;
}

export function hasUnsavedEntries(): boolean {
  return unsavedCheck !== null && !isLeavingOnPurpose() && unsavedCheck();
}

/** True when the page may be left: nothing unsaved, or the clinician agreed to lose it. */
export function confirmLeaving(): boolean {
  return !hasUnsavedEntries() || window.confirm(UNSAVED_ENTRIES_QUESTION);
}
