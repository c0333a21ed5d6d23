"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { AMENDMENT_REASON_MAX } from "@/lib/review/schemas";

import { AMENDMENT_REASON_PATH, labelOf } from "./field-labels";
import { describedBy, FieldError, FieldHint, useFieldError, type FormPath } from "./fields";
import { fieldId, textFromInput, type ScreeningFormState } from "./form-model";

const PATH = AMENDMENT_REASON_PATH as FormPath;

/** Required when amending: why the signed version is being replaced. It is shown with the new version. */
export function AmendmentReasonField() {
  const { control, register } = useFormContext<ScreeningFormState>();
  const reason = (useWatch({ control, name: PATH }) as string | undefined) ?? "";
  const message = useFieldError(PATH);
  const id = fieldId(PATH);
  const counterId = `${id}-counter`;
  const remaining = AMENDMENT_REASON_MAX - reason.length;
  return (
    <fieldset className="rounded-lg border-2 border-blue-800 bg-white p-4 sm:p-6">
      <legend className="px-2 text-lg font-semibold text-slate-900">Amendment</legend>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {labelOf(PATH)}
      </label>
      <FieldHint path={PATH}>What was wrong or missing in the signed version. Shown with the new version.</FieldHint>
      <FieldError path={PATH} message={message} />
      <textarea
        id={id}
        rows={4}
        aria-invalid={message ? true : undefined}
        aria-describedby={[describedBy(PATH, true, Boolean(message)), counterId].filter(Boolean).join(" ")}
        className={`mt-1 block w-full rounded border px-3 py-2 ${message ? "border-2 border-red-700" : "border-slate-500"}`}
        {...register(PATH, { setValueAs: textFromInput })}
      />
      <p id={counterId} className={`mt-1 text-sm ${remaining < 0 ? "font-semibold text-red-800" : "text-slate-600"}`}>
        {remaining >= 0
          ? `${remaining} of ${AMENDMENT_REASON_MAX} characters left`
          : `${-remaining} characters too many (at most ${AMENDMENT_REASON_MAX})`}
      </p>
    </fieldset>
  );
}
