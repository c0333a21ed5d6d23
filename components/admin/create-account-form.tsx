"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";

const createAccountSchema = lazySchema(() => import("@/lib/auth/form-schemas").then((module) => module.createAccountSchema));

type Created = { readonly email: string; readonly temporaryPassword: string };

/** Creates an account and shows its temporary password once, to hand over in person. */
export function CreateAccountForm({ create }: { create: (form: unknown) => Promise<ActionResult<Created>> }) {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const { form, onSubmit, formError } = useActionForm(createAccountSchema, create, {
    defaultValues: { name: "", email: "", role: "clinician" },
    onSuccess: (result) => {
      setCreated({ email: result.email, temporaryPassword: result.temporaryPassword });
      form.reset();
      // The list above is rendered on the server: show the new account in it.
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      {created && (
        <div role="status" className="rounded-lg border-l-8 border-green-800 bg-white p-4">
          <p className="font-semibold">Account created for {created.email}.</p>
          <p className="mt-1">
            Temporary password: <code className="rounded bg-slate-100 px-2 py-1 font-mono text-lg" data-testid="temporary-password">{created.temporaryPassword}</code>
          </p>
          <p className="mt-1 text-sm text-slate-700">
            Give it to them in person or by phone; it is not shown again. At first sign-in they choose their own password and set up
            their authenticator app.
          </p>
        </div>
      )}
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
          <FormAlert message={formError} />
          <TextField name="name" label="Full name" autoComplete="off" />
          <TextField name="email" label="Email" type="email" autoComplete="off" />
          <fieldset>
            <legend className="font-semibold">Role</legend>
            <div className="mt-1 flex gap-6">
              {ROLES.map((role) => (
                <label key={role} className="flex items-center gap-2">
                  <input type="radio" value={role} {...form.register("role")} className="h-5 w-5" />
                  {ROLE_LABELS[role]}
                </label>
              ))}
            </div>
          </fieldset>
          <SubmitButton>Create account</SubmitButton>
        </form>
      </FormProvider>
    </div>
  );
}
