"use client";

import { useId } from "react";
import { get, useFormContext, useFormState } from "react-hook-form";

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
  const { register, control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  const error = typeof message === "string" ? message : undefined;
  // Unique per form: a page may hold two forms with a field of the same name (authenticator or backup code).
  const id = `${useId()}-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
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
    </div>
  );
}
