"use client";

import type { Choice } from "./choice-field";
import { FieldFrame, useFieldMessages } from "./field-messages";

/** A labelled drop-down list, its first option a prompt with no value, so that nothing is chosen for the person. */
export function SelectField({ name, label, prompt, choices, hint }: { name: string; label: string; prompt: string; choices: readonly Choice[]; hint?: string }) {
  const { register, id, error, describedBy } = useFieldMessages(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...register(name)}
      >
        <option value="">{prompt}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
