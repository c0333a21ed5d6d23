"use client";

import { FieldFrame, useFieldMessages } from "./field-messages";

interface TextFieldProps {
  readonly name: string;
  readonly label: string;
  readonly type?: "text" | "email" | "password";
  readonly hint?: string;
  readonly autoComplete?: string;
  readonly inputMode?: "numeric" | "text";
  readonly width?: string;
}

/** A labelled input whose hint and error are tied to it (`aria-describedby`, `aria-invalid`). */
export function TextField({ name, label, type = "text", hint, autoComplete = "off", inputMode, width = "w-full max-w-md" }: TextFieldProps) {
  const { register, id, error, describedBy } = useFieldMessages(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block ${width} rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...register(name)}
      />
    </FieldFrame>
  );
}
