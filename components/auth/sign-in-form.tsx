"use client";

import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";

import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";
import { loadPage } from "../navigation/load-page";

const signInSchema = lazySchema(() => import("@/lib/auth/form-schemas").then((module) => module.signInSchema));

type SignInResult = ActionResult<{ readonly next: "second-factor" | "app" }>;

/** Step one: email and password. A full page load follows, so the header and guards see the new session. */
export function SignInForm({ signIn }: { signIn: (form: unknown) => Promise<SignInResult> }) {
  const { form, onSubmit, formError } = useActionForm(signInSchema, signIn, {
    defaultValues: { email: "", password: "" },
    onSuccess: (result) => loadPage(result.next === "second-factor" ? "/sign-in/two-factor" : "/screenings"),
  });
  return (
    <FormProvider {...form}>
      {/* POST even before the script runs: a native GET would put the password in the URL. */}
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <FormAlert message={formError} />
        <TextField name="email" label="Email" type="email" autoComplete="username" />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" />
        <SubmitButton>Sign in</SubmitButton>
      </form>
    </FormProvider>
  );
}
