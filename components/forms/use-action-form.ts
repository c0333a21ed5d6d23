"use client";

import { useEffect, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "@/lib/validation/zod";

import type { ActionResult } from "@/lib/actions/define-action";

import type { LazySchema } from "./lazy-schema";
import { lazySchemaResolver } from "./lazy-schema-resolver";

export const NO_ANSWER_MESSAGE = "The server did not answer. Nothing was changed; check the connection and try again.";

/**
 * A small form (sign-in, account set-up, account administration) on react-hook-form with its zod schema as
 * resolver (loaded after the page, see lazy-schema.ts), submitted to one Server Action. Server field errors land on their fields, a form error above the
 * form; focus moves to the first problem either way.
 */
export function useActionForm<TSchema extends z.ZodType<unknown, FieldValues>, TSuccess extends object>(
  schema: LazySchema<TSchema>,
  action: (form: unknown) => Promise<ActionResult<TSuccess>>,
  options: { defaultValues: DefaultValues<z.input<TSchema>>; onSuccess: (result: { ok: true } & TSuccess) => void | Promise<void> },
) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<TSchema>, unknown, z.output<TSchema>>({
    resolver: lazySchemaResolver<z.input<TSchema>, z.output<TSchema>>(schema),
    defaultValues: options.defaultValues,
    shouldFocusError: true,
  });

  useEffect(() => {
    // Fetched now, while the person reads and types; a failure here is retried by the first submit.
    schema.load().catch(() => undefined);
  }, [schema]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<TSuccess>;
    try {
      result = await action(values);
    } catch {
      setFormError(NO_ANSWER_MESSAGE);
      return;
    }
    if (result.ok) {
      await options.onSuccess(result);
      return;
    }
    if (result.formError !== undefined) {
      setFormError(result.formError);
      return;
    }
    const entries = Object.entries(result.fieldErrors);
    for (const [path, messages] of entries) {
      form.setError(path as Path<z.input<TSchema>>, { type: "server", message: messages[0] ?? "Check this answer" });
    }
    const first = entries[0]?.[0];
    if (first) form.setFocus(first as Path<z.input<TSchema>>);
  });

  return { form, onSubmit, formError };
}
