/**
 * Each section's state for the section index: complete, still to answer, or holding an error the clinician
 * has been shown. "Complete" is judged by the form's own schema (the one the server applies), so a section
 * never reads complete while the server would refuse an answer in it.
 */
import { FORM_SECTIONS, sectionOfPath, type SectionKey } from "./form-sections";
import type { ScreeningFormState } from "./form-model";
import type { formStateSchema } from "./form-state-schema";

export type SectionState = "complete" | "incomplete" | "error";

export const SECTION_STATE_LABELS: Readonly<Record<SectionState, string>> = {
  complete: "Complete",
  incomplete: "Not complete",
  error: "Has errors",
};

/**
 * `shownErrorPaths`: the fields whose error is on screen (after a submit attempt or a server answer); their
 * sections read "Has errors". Other sections read "Complete" when the schema finds nothing to fix in them.
 */
export function sectionStates(
  schema: typeof formStateSchema,
  values: ScreeningFormState,
  shownErrorPaths: readonly string[],
): Readonly<Record<SectionKey, SectionState>> {
  const result = schema.safeParse(values);
  const unfinished = new Set<SectionKey>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const section = sectionOfPath(issue.path.map(String).join("."));
      if (section) unfinished.add(section);
    }
  }
  const withErrors = new Set(shownErrorPaths.map(sectionOfPath).filter((key) => key !== undefined));
  return Object.fromEntries(
    FORM_SECTIONS.map(({ key }) => [key, withErrors.has(key) ? "error" : unfinished.has(key) ? "incomplete" : "complete"]),
  ) as Record<SectionKey, SectionState>;
}
