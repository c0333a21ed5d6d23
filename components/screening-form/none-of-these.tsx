"use client";

import { useState } from "react";
import { useFormContext, useFormState, useWatch } from "react-hook-form";

import { labelOf } from "./field-labels";
import type { FormPath } from "./fields";
import { pendingNoneAnswers, type FormSection } from "./form-sections";
import type { ScreeningFormState } from "./form-model";

/** Below this many questions the control saves no clicks and only adds a Tab stop. */
const MIN_QUESTIONS = 2;

/**
 * Answers the section's unanswered yes/no questions with their nothing-to-report choice, in one click. The
 * answers are ordinary radio choices afterwards: visible, explicit, and changeable one by one. Answers already
 * given are left alone, so the button reads "No to the rest" once some are answered.
 */
export function NoneOfThese({ section }: { section: FormSection }) {
  const { control, setValue, getValues } = useFormContext<ScreeningFormState>();
  // A subscription: the form's context keeps no live formState (form-context-methods.ts).
  const { submitCount } = useFormState({ control });
  // Re-render when any answer of this section changes, so the label and the disabled state stay true.
  useWatch({ control, name: Object.keys(section.noneAnswers) as FormPath[] });
  const [announcement, setAnnouncement] = useState("");
  const questionCount = Object.keys(section.noneAnswers).length;
  if (questionCount < MIN_QUESTIONS) return null;

  const pending = pendingNoneAnswers(section, getValues());
  const label = pending.length === questionCount ? "None of these" : "No to the rest";
  const describedById = `none-of-these-${section.key}-hint`;

  function answerNone() {
    const answers = pendingNoneAnswers(section, getValues());
    for (const [path, value] of answers) {
      // Validate at once only after a submit attempt, so the errors already shown clear as they are answered.
      setValue(path as FormPath, value, { shouldDirty: true, shouldTouch: true, shouldValidate: submitCount > 0 });
    }
    setAnnouncement(
      `Answered ${answers.length} ${answers.length === 1 ? "question" : "questions"}: ${answers.map(([path]) => labelOf(path)).join(", ")}.`,
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded border border-slate-300 bg-slate-50 p-3">
      <button
        type="button"
        onClick={answerNone}
        disabled={pending.length === 0}
        aria-describedby={describedById}
        className="rounded border-2 border-blue-800 bg-white px-4 py-2 font-semibold text-blue-900 hover:bg-blue-50 disabled:border-slate-400 disabled:text-slate-700"
      >
        {pending.length === 0 ? "All answered" : label}
      </button>
      <p id={describedById} className="text-sm text-slate-700">
        Answers every unanswered question below with No (or None, Never). Each answer can still be changed.
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
