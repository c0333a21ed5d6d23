/**
 * The screening form's context value (what `useFormContext` gives its components), made once per form and
 * never changed: a changed value would make React hydrate every section still waiting at once, in one long
 * task (form-sections-hydrated-apart.tsx). react-hook-form's own FormProvider value changes with its formState;
 * this one is its methods, which are stable for the form's life, without a live formState: components read
 * state through subscriptions (useFormState, useWatch).
 */
import type { UseFormReturn } from "react-hook-form";

import type { ScreeningSubmission } from "@/lib/screening/submission-schema";

import type { ScreeningFormState } from "./form-model";

type FormMethods = UseFormReturn<ScreeningFormState, unknown, ScreeningSubmission>;

/**
 * Stands in for formState in the context. A snapshot would silently go stale; this fails at once, in the
 * tests, if a component ever reads formState from the context instead of subscribing with useFormState.
 */
const FORM_STATE_NOT_IN_CONTEXT = new Proxy(
  {},
  {
    get(_target, key) {
      if (typeof key === "symbol") return undefined;
      throw new Error(`formState.${key} was read from the form context, which does not keep it current: use useFormState.`);
    },
  },
) as FormMethods["formState"];

export function formContextMethods(form: FormMethods): FormMethods {
  return { ...form, formState: FORM_STATE_NOT_IN_CONTEXT };
}
