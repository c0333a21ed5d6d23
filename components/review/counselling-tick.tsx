"use client";

import { useRouter } from "next/navigation";
import { FormProvider, useFormState } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/define-action";

import { FormAlert } from "../forms/form-alert";
import { lazySchema } from "../forms/lazy-schema";
import { useActionForm } from "../forms/use-action-form";
import { useHydrated } from "../forms/use-hydrated";

const counsellingTickSchema = lazySchema(() => import("@/lib/review/schemas").then((module) => module.counsellingTickSchema));

export interface CounsellingTickProps {
  readonly screeningId: string;
  readonly flagId: string;
  readonly discussed: boolean;
  /** Names the point for assistive technology: every row has the same visible label. */
  readonly pointSummary: string;
  readonly action: (form: unknown) => Promise<ActionResult<object>>;
}

/** "Discussed with the patient": saved as soon as it is ticked or cleared; nothing else on the page changes. */
export function CounsellingTick({ screeningId, flagId, discussed, pointSummary, action }: CounsellingTickProps) {
  const router = useRouter();
  const hydrated = useHydrated();
  const { form, onSubmit, formError } = useActionForm(counsellingTickSchema, action, {
    defaultValues: { screeningId, flagId, discussed },
    onSuccess: () => router.refresh(),
  });
  const { isSubmitting } = useFormState({ control: form.control });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate>
        <FormAlert message={formError} />
        <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-medium">
          <input
            type="checkbox"
            className="size-5 accent-blue-800"
            disabled={!hydrated || isSubmitting}
            aria-label={`Discussed with the patient: ${pointSummary}`}
            {...form.register("discussed", { onChange: () => void onSubmit() })}
          />
          Discussed with the patient
        </label>
      </form>
    </FormProvider>
  );
}
