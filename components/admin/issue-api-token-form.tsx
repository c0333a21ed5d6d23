"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";

import type { Choice } from "../forms/choice-field";
import { FormAlert } from "../forms/form-alert";
import { SelectField } from "../forms/select-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";

import { IssuedApiToken, type Issued } from "./issued-api-token";

const issueApiTokenSchema = lazySchema(() => import("@/lib/auth/form-schemas").then((module) => module.issueApiTokenSchema));

/** Issues a token for one of the active accounts and shows it once. */
export function IssueApiTokenForm({ owners, issue }: { owners: readonly Choice[]; issue: (form: unknown) => Promise<ActionResult<Issued>> }) {
  const router = useRouter();
  const [issued, setIssued] = useState<Issued | null>(null);
  const { form, onSubmit, formError } = useActionForm(issueApiTokenSchema, issue, {
    defaultValues: { email: "", name: "" },
    onSuccess: (result) => {
      setIssued({ token: result.token, name: result.name, ownerEmail: result.ownerEmail });
      form.reset();
      // The list is rendered on the server: show the new token in it.
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      {issued && <IssuedApiToken issued={issued} />}
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
          <FormAlert message={formError} />
          <SelectField name="email" label="Account the token acts as" prompt="Choose an account" choices={owners} hint="Requests made with the token are recorded as this person's." />
          <TextField name="name" label="Label" hint="The system that will use it, e.g. EHR bridge." />
          <SubmitButton>Issue token</SubmitButton>
        </form>
      </FormProvider>
    </div>
  );
}
