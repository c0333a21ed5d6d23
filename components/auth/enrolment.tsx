"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";

import { FormAlert } from "../forms/form-alert";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";
import { CodeForm } from "./code-form";

const confirmPasswordSchema = lazySchema(() => import("@/lib/auth/form-schemas").then((module) => module.confirmPasswordSchema));

export interface EnrolmentDetails {
  readonly qrCode: string;
  readonly secret: string;
  readonly backupCodes: readonly string[];
}

type StartAction = (form: unknown) => Promise<ActionResult<{ readonly enrolment: EnrolmentDetails }>>;
type ConfirmAction = (form: unknown) => Promise<ActionResult<object>>;

/**
 * Enrolment in three steps on one page: confirm the password; scan the QR code (or type the secret) and save
 * the backup codes; enter the first code. Nothing is enabled until that code is accepted.
 */
export function Enrolment({ start, confirm }: { start: StartAction; confirm: ConfirmAction }) {
  const [details, setDetails] = useState<EnrolmentDetails | null>(null);
  const { form, onSubmit, formError } = useActionForm(confirmPasswordSchema, start, {
    defaultValues: { password: "" },
    onSuccess: (result) => setDetails(result.enrolment),
  });

  if (!details) {
    return (
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
          <FormAlert message={formError} />
          <TextField name="password" label="Your password" type="password" autoComplete="current-password" hint="Confirm it is you before the secret is shown." />
          <SubmitButton>Show my set-up code</SubmitButton>
        </form>
      </FormProvider>
    );
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="scan-title" className="space-y-3">
        <h2 id="scan-title" className="text-lg font-semibold">
          1. Add this account to your authenticator app
        </h2>
        <p>Scan the QR code with the app (for example Google Authenticator, Microsoft Authenticator or 1Password).</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
        <img src={details.qrCode} alt="QR code for your authenticator app" width={200} height={200} className="rounded border border-slate-300 bg-white" />
        <p>
          Or type this secret into the app: <code className="rounded bg-slate-100 px-2 py-1 font-mono text-lg" data-testid="totp-secret">{details.secret}</code>
        </p>
      </section>
      <section aria-labelledby="backup-title" className="space-y-3">
        <h2 id="backup-title" className="text-lg font-semibold">
          2. Save your backup codes
        </h2>
        <p>If you lose your device, each of these codes signs you in once. Keep them somewhere safe; they are not shown again.</p>
        <ul className="grid max-w-md grid-cols-2 gap-2 font-mono" aria-label="Backup codes">
          {details.backupCodes.map((code) => (
            <li key={code} className="rounded bg-slate-100 px-2 py-1">
              {code}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="confirm-title" className="space-y-3">
        <h2 id="confirm-title" className="text-lg font-semibold">
          3. Enter the code your app shows
        </h2>
        <CodeForm kind="totp" submit={confirm} then="/screenings" button="Finish set-up" />
      </section>
    </div>
  );
}
