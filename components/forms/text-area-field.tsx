"use client";

import { FieldFrame, useFieldMessages } from "./field-messages";

/** A labelled multi-line text box whose hint and error are tied to it. */
export function TextAreaField({ name, label, hint, rows = 3 }: { name: string; label: string; hint?: string; rows?: number }) {
  const { register, id, error, describedBy } = useFieldMessages(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-500"}`}
        {...register(name)}
      />
    </FieldFrame>
  );
}
