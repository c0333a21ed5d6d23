"use client";

import { FieldMessages, useFieldMessages } from "./field-messages";

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A group of radio buttons with a legend, its error tied to the group (`aria-describedby`, `aria-invalid`). */
export function ChoiceField({ name, legend, choices, hint }: { name: string; legend: string; choices: readonly Choice[]; hint?: string }) {
  const { register, id, error, describedBy } = useFieldMessages(name, hint);
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={`flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 px-3 py-2 has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50 ${error ? "border-red-700" : "border-slate-400"}`}
          >
            <input type="radio" value={choice.value} className="size-5 accent-blue-800" {...register(name)} />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
