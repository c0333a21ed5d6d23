/**
 * One place that knows whether leaving the current page would lose unsaved entries. The form holds the guard
 * while it has such entries; code that navigates by itself (the patient search's router push) asks it first,
 * as the guard's own click handler does for links.
 */
import { isLeavingOnPurpose } from "./load-page";

export const UNSAVED_ENTRIES_QUESTION = "This screening has entries that are not saved. Leave the page and lose them?";

let held = false;

export function holdLeaving(hold: boolean): void {
  held = hold;
}

export function hasUnsavedEntries(): boolean {
  return held && !isLeavingOnPurpose();
}

/** True when the page may be left: nothing unsaved, or the clinician agreed to lose it. */
export function confirmLeaving(): boolean {
  return !hasUnsavedEntries() || window.confirm(UNSAVED_ENTRIES_QUESTION);
}
