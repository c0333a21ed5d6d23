"use client";

import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";

import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";
import { loadPage } from "../navigation/load-page";

const changePasswordSchema = lazySchema(() => import("@/lib/auth/form-schemas").then((module) => module.changePasswordSchema));

export function ChangePasswordForm({ changePassword }: { changePassword: (form: unknown) => Promise<ActionResult<object>> }) {
  const { form, onSubmit, formError } = useActionForm(changePasswordSchema, changePassword, {
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => loadPage("/screenings"),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <FormAlert message={formError} />
        <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" hint="The temporary password you were given, if this is your first sign-in." />
        <TextField
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters. A phrase of several words is easy to remember and hard to guess; common passwords are refused."
        />
        <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" />
        <SubmitButton>Change password</SubmitButton>
      </form>
    </FormProvider>
  );
}
