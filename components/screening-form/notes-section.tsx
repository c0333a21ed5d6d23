"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { MAX_NOTES_LENGTH } from "@/lib/screening/schema";

import { labelOf } from "./field-labels";
import { describedBy, FieldError, Section, useFieldError } from "./fields";
import { fieldId, textFromInput, type ScreeningFormState } from "./form-model";

const PATH = "screening.notes";

export function NotesSection() {
  const { control, register } = useFormContext<ScreeningFormState>();
  const notes = useWatch({ control, name: PATH }) ?? "";
  const message = useFieldError(PATH);
  const id = fieldId(PATH);
  const counterId = `${id}-counter`;
  const remaining = MAX_NOTES_LENGTH - notes.length;
  return (
    <Section sectionKey="notes">
      <div>
        <label htmlFor={id} className="block font-medium text-slate-900">
          {labelOf(PATH)}
        </label>
        <FieldError path={PATH} message={message} />
        <textarea
          id={id}
          rows={5}
          aria-invalid={message ? true : undefined}
          aria-describedby={[describedBy(PATH, false, Boolean(message)), counterId].filter(Boolean).join(" ")}
          className={`mt-1 block w-full rounded border px-3 py-2 ${message ? "border-2 border-red-700" : "border-slate-500"}`}
          {...register(PATH, { setValueAs: textFromInput })}
        />
        <p id={counterId} className={`mt-1 text-sm ${remaining < 0 ? "font-semibold text-red-800" : "text-slate-600"}`}>
          {remaining >= 0
            ? `${remaining} of ${MAX_NOTES_LENGTH} characters left`
            : `${-remaining} characters too many (at most ${MAX_NOTES_LENGTH})`}
        </p>
      </div>
    </Section>
  );
}
