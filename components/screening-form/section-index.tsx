"use client";

import { useDeferredValue, useRef, useState } from "react";
import { useFormContext, useFormState, useWatch } from "react-hook-form";

import { useLoadedSchema } from "../forms/use-loaded-schema";
import { focusField } from "./error-summary";
import { asksPregnancy, type ScreeningFormState } from "./form-model";
import { problemsOf } from "./form-problems";
import { FORM_SECTIONS, sectionId, sectionOfPath, type SectionKey } from "./form-sections";
import { SECTION_STATE_LABELS, sectionStates, type SectionState } from "./section-status";
import { submissionSchema } from "./submission-schema-loader";

const STATE_STYLES: Readonly<Record<SectionState, { mark: string; className: string }>> = {
  complete: { mark: "✓", className: "text-green-800" },
  incomplete: { mark: "○", className: "text-slate-700" },
  error: { mark: "!", className: "font-bold text-red-800" },
};

/**
 * Every section with its state, each a link that moves focus into the section: to its first field with an
 * error when it has one, otherwise to the section itself. States follow the answers as they are typed.
 *
 * The list is one Tab stop (the arrow keys move between its links, as in a toolbar): fourteen links in the
 * Tab order would cost every keyboard user fourteen presses on every screening before the first question.
 *
 * States appear once the form's schema has loaded (a moment after the page); until then the list shows the
 * sections alone rather than guess a state the schema has not judged.
 */
export function SectionIndex() {
  const { control } = useFormContext<ScreeningFormState>();
  const values = useWatch({ control }) as ScreeningFormState;
  const { errors } = useFormState({ control });
  // Judging the whole form on every keystroke must never delay the keystroke itself.
  const deferredValues = useDeferredValue(values);
  const problemPaths = problemsOf(errors).map((problem) => problem.path);
  const schema = useLoadedSchema(submissionSchema);
  const states = schema ? sectionStates(schema, deferredValues, problemPaths) : undefined;
  const sections = FORM_SECTIONS.filter(
    (section) => section.key !== "pregnancy" || asksPregnancy(values.screening?.patient?.sexAtBirth),
  );
  const [current, setCurrent] = useState(0);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const completeCount = sections.filter((section) => states?.[section.key] === "complete").length;

  function jumpTo(key: SectionKey) {
    const firstProblem = problemPaths.find((path) => sectionOfPath(path) === key);
    if (firstProblem) return focusField(firstProblem);
    const element = document.getElementById(sectionId(key));
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: "start" });
  }

  function onKeyDown(event: React.KeyboardEvent, index: number) {
    const last = sections.length - 1;
    const next =
      event.key === "ArrowDown" || event.key === "ArrowRight"
        ? Math.min(index + 1, last)
        : event.key === "ArrowUp" || event.key === "ArrowLeft"
          ? Math.max(index - 1, 0)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    links.current[next]?.focus();
  }

  return (
    <nav aria-labelledby="section-index-title" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="section-index-title" className="font-semibold">
        Sections{" "}
        {states && <span className="font-normal text-slate-700">({completeCount} of {sections.length} complete)</span>}
      </h2>
      <p id="section-index-hint" className="text-sm text-slate-700">
        Arrow keys move between sections; Enter goes to one.
      </p>
      <ol className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
        {sections.map((section, index) => {
          const state = states?.[section.key];
          const style = state ? STATE_STYLES[state] : undefined;
          return (
            <li key={section.key}>
              <a
                ref={(element) => {
                  links.current[index] = element;
                }}
                href={`#${sectionId(section.key)}`}
                tabIndex={index === Math.min(current, sections.length - 1) ? 0 : -1}
                aria-describedby={index === Math.min(current, sections.length - 1) ? "section-index-hint" : undefined}
                onKeyDown={(event) => onKeyDown(event, index)}
                onFocus={() => setCurrent(index)}
                onClick={(event) => {
                  event.preventDefault();
                  jumpTo(section.key);
                }}
                className="flex items-baseline gap-2 py-1 text-blue-800 underline underline-offset-2"
              >
                <span aria-hidden="true" className={`w-4 shrink-0 text-center no-underline ${style?.className ?? ""}`}>
                  {style?.mark}
                </span>
                <span>
                  {section.title}
                  {state && <span className={`text-sm ${style?.className}`}> — {SECTION_STATE_LABELS[state]}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
