"use client";

import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";

import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";
import { loadPage } from "../navigation/load-page";

type CodeSchema = (typeof import("@/lib/auth/form-schemas"))["authenticatorCodeSchema" | "backupCodeSchema"];

const authenticatorCodeSchema = lazySchema<CodeSchema>(() => import("@/lib/auth/form-schemas").then((module) => module.authenticatorCodeSchema));
const backupCodeSchema = lazySchema<CodeSchema>(() => import("@/lib/auth/form-schemas").then((module) => module.backupCodeSchema));

type CodeAction = (form: unknown) => Promise<ActionResult<object>>;

/** One code field and its button; `then` is where a full page load goes once the code is accepted. */
export function CodeForm({ kind, submit, then, button }: { kind: "totp" | "backup"; submit: CodeAction; then: string; button: string }) {
  const { form, onSubmit, formError } = useActionForm(kind === "totp" ? authenticatorCodeSchema : backupCodeSchema, submit, {
    defaultValues: { code: "" },
    onSuccess: () => loadPage(then),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <FormAlert message={formError} />
        {kind === "totp" ? (
          <TextField name="code" label="6-digit code" hint="From your authenticator app. Each code works once." autoComplete="one-time-code" inputMode="numeric" width="w-40" />
        ) : (
          <TextField name="code" label="Backup code" hint="One of the codes you saved when you set up sign-in. Each works once." width="w-60" />
        )}
        <SubmitButton>{button}</SubmitButton>
      </form>
    </FormProvider>
  );
}
