"use client";

import { useRouter } from "next/navigation";
import { FormProvider, useWatch } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";
import type { DecisionSeverity } from "@/lib/rules/flag-summary";
import { FLAG_DECISION_LABELS, FLAG_DECISIONS, noteRequired, type FlagDecision } from "@/lib/review/decisions";

import { ChoiceField } from "../forms/choice-field";
import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextAreaField } from "../forms/text-area-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";

const flagDecisionSchema = lazySchema(() => import("@/lib/review/schemas").then((module) => module.flagDecisionSchema));

const CHOICES = FLAG_DECISIONS.map((value) => ({ value, label: FLAG_DECISION_LABELS[value] }));

export interface FlagDecisionFormProps {
  readonly screeningId: string;
  readonly flagId: string;
  readonly severity: DecisionSeverity;
  /** The decision already recorded, which the form starts from. */
  readonly current: { readonly decision: FlagDecision; readonly note: string | null } | null;
  readonly action: (form: unknown) => Promise<ActionResult<object>>;
}

/** The clinician's decision on one critical or warning flag, with the note the decision may require. */
export function FlagDecisionForm({ screeningId, flagId, severity, current, action }: FlagDecisionFormProps) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(flagDecisionSchema, action, {
    defaultValues: { screeningId, flagId, severity, decision: current?.decision, note: current?.note ?? "" },
    // The page is rendered again from the database, so what it shows is what was stored.
    onSuccess: () => router.refresh(),
  });
  const decision = useWatch({ control: form.control, name: "decision" }) as FlagDecision | undefined;
  const required = decision !== undefined && noteRequired(decision, severity);
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4 print:hidden">
        <FormAlert message={formError} />
        <ChoiceField name="decision" legend={current ? "Change the decision" : "Your decision"} choices={CHOICES} />
        <TextAreaField
          name="note"
          label={required ? "Note (required)" : "Note (optional)"}
          hint={required ? "This decision needs its reason, kept with the signed record." : "Precautions, referral or reasoning, for the record."}
        />
        <SubmitButton>{current ? "Save changed decision" : "Record decision"}</SubmitButton>
      </form>
    </FormProvider>
  );
}
