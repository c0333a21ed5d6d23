/**
 * The problems react-hook-form holds (after a submit attempt, or set from the server's answer), flattened to
 * field paths in the order the fields appear: for the error summary, the focus on error and the section index.
 */
import type { FieldErrors } from "react-hook-form";

import type { FieldProblem } from "./error-summary";
import { orderOf } from "./field-labels";

/** Every error message in the form, in the order the fields appear. */
export function problemsOf(errors: FieldErrors, prefix = ""): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref" || value === null || typeof value !== "object") continue;
    // react-hook-form files an error about a whole list of fields (a part-answered questionnaire) under
    // `<list>.root`; it belongs to the list itself.
    const path = key === "root" && prefix ? prefix : prefix ? `${prefix}.${key}` : key;
    const message: unknown = (value as { message?: unknown }).message;
    if (typeof message === "string") problems.push({ path, message });
    else problems.push(...problemsOf(value as FieldErrors, path));
  }
  return problems.sort((a, b) => orderOf(a.path) - orderOf(b.path));
}
