"use client";

import { useId } from "react";
import { get, useFormContext, useFormState } from "react-hook-form";

/**
 * What every labelled field of the small forms shares: a unique id (a page may hold two forms with a field of
 * the same name), the field's current error, and the `aria-describedby` that ties its hint and error to it.
 */
export function useFieldMessages(name: string, hint: string | undefined) {
  const { register, control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  const error = typeof message === "string" ? message : undefined;
  const id = `${useId()}-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return { register, id, error, describedBy };
}

/** The hint and the error of a field, in that order, with the ids `useFieldMessages` points at. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

/** A labelled field: the label, then the hint and error, then the control itself. */
export function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
