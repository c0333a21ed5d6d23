"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { labelOf } from "./field-labels";
import { describedBy, FieldError, FieldHint, OptionInputs, useFieldError, type FormPath, type Option } from "./fields";
import { fieldId, NO, YES, type ScreeningFormState } from "./form-model";

const GATE_OPTIONS: readonly Option[] = [
  { value: NO, label: "None" },
  { value: YES, label: "Yes" },
];

/**
 * A list of conditions or medicines asked in two steps: "None" or "Yes", then, for Yes, which ones. "None" is an
 * answer the clinician gives, so a list nobody looked at is never stored as "none"; and a patient with none costs
 * one Tab stop instead of one per box. The list's errors sit on the gate, whose first option carries the list's
 * field id (the error summary links there).
 */
export function GatedCheckboxGroup({
  path,
  gatePath,
  options,
  hint,
  which,
}: {
  path: FormPath;
  gatePath: FormPath;
  options: readonly Option[];
  hint?: string;
  /** The question over the boxes, e.g. "Which conditions?" */
  which: string;
}) {
  const { control } = useFormContext<ScreeningFormState>();
  const gate = useWatch({ control, name: gatePath });
  const message = useFieldError(path);
  const baseId = fieldId(path);
  return (
    <fieldset aria-describedby={describedBy(path, Boolean(hint), Boolean(message))}>
      <legend className="font-medium text-slate-900">{labelOf(path)}</legend>
      <FieldHint path={path}>{hint}</FieldHint>
      <FieldError path={path} message={message} />
      <OptionInputs
        type="radio"
        path={gatePath}
        options={GATE_OPTIONS}
        idOf={(value, index) => (index === 0 ? baseId : `${baseId}-gate-${value}`)}
        invalid={Boolean(message)}
        inline
      />
      {gate === YES && (
        <fieldset className="mt-3 border-l-4 border-slate-300 pl-4">
          <legend className="font-medium text-slate-900">{which}</legend>
          <OptionInputs
            type="checkbox"
            path={path}
            options={options}
            idOf={(value) => `${baseId}-${value}`}
            invalid={Boolean(message)}
          />
        </fieldset>
      )}
    </fieldset>
  );
}
