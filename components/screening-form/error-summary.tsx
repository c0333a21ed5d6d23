"use client";

import { labelOf } from "./field-labels";
import { fieldId } from "./form-model";

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** Moves focus to a field's control (for a group: its first option), scrolling it into view. */
export function focusField(path: string): void {
  const element = document.getElementById(fieldId(path));
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "center" });
}

/**
 * The list of problems at the top of the form, each linking to its field. `role="alert"` makes screen
 * readers announce it when it appears, while focus goes to the first invalid field.
 */
export function ErrorSummary({ problems }: { problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="error-summary-title" className="rounded-lg border-4 border-red-700 bg-white p-4 sm:p-6">
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        There is a problem
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {problems.map((problem) => (
          <li key={problem.path}>
            <a
              href={`#${fieldId(problem.path)}`}
              className="font-medium text-red-800 underline underline-offset-2 hover:text-red-950"
              onClick={(event) => {
                // Focus the control itself; following the fragment alone only scrolls.
                event.preventDefault();
                focusField(problem.path);
              }}
            >
              {labelOf(problem.path)}: {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
