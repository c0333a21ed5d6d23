"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";
import { OUTCOME_LABELS, OUTCOMES } from "@/lib/review/decisions";

import { ChoiceField } from "../forms/choice-field";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";

const signOffSchema = lazySchema(() => import("@/lib/review/schemas").then((module) => module.signOffSchema));

const CHOICES = OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));

/**
 * The overall outcome and the e-signature. No outcome is chosen in advance: the outcome is the clinician's, and
 * the app never proposes one.
 */
export function SignOffForm({ screeningId, action }: { screeningId: string; action: (form: unknown) => Promise<ActionResult<object>> }) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(signOffSchema, action, {
    defaultValues: { screeningId, password: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <FormAlert message={formError} />
        <ChoiceField name="outcome" legend="Overall outcome" choices={CHOICES} hint="Your judgement for this screening, given the decisions above." />
        <TextField
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          hint="Signing records your name, role and the time, and locks the screening: a later change needs an amendment."
        />
        <SubmitButton>Sign screening</SubmitButton>
      </form>
    </FormProvider>
  );
}
