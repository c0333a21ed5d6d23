"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useFormContext, useFormState, type FieldErrors, type Resolver } from "react-hook-form";

import type { ActionResult, FieldErrors as ServerFieldErrors } from "@/lib/actions/define-action";
import type { IdentityFieldChange } from "@/lib/patients/identity-change";
import type { ScreeningSubmission } from "@/lib/screening/submission-schema";

import { lazySchemaResolver } from "../forms/lazy-schema-resolver";
import { DraftStatus } from "./draft-status";
import { ErrorSummary, focusField } from "./error-summary";
import { formContextMethods } from "./form-context-methods";
import { FormSectionsHydratedApart, SECTION_COUNT } from "./form-sections-hydrated-apart";
import { orderOf } from "./field-labels";
import type { FormPath } from "./fields";
import {
  initialFormState,
  newSubmissionId,
  TEXT_LIST_PATHS,
  textListProblem,
  type ScreeningFormState,
  type ScreeningPrefill,
} from "./form-model";
import { problemsOf } from "./form-problems";
import { AmendmentReasonField } from "./amendment-reason-field";
import { SectionIndex } from "./section-index";
import { submissionSchema } from "./submission-schema-loader";
import { useIdentityConfirmation } from "./use-identity-confirmation";
import { createSectionsHydration, SectionsHydrationContext, useAllHydrated } from "./sections-hydration";
import { useEntriesBeforeHydration } from "./entries-before-hydration";
import { useUnsavedEntriesWarning } from "./use-unsaved-entries-warning";
import { useDraft, type DraftActions, type ResumedDraft } from "./use-draft";

export type SaveScreeningAction = (
  submission: ScreeningSubmission,
) => Promise<ActionResult<{ readonly screeningId: string }> | { readonly ok: false; readonly identityChange: readonly IdentityFieldChange[] }>;

// Shown only when the server asks about a change to a known patient's identity: fetched then, not with the page.
// React's own lazy, not next/dynamic, whose loader would cost the page more than the panel saves.
const IdentityChangePanel = lazy(() => import("./identity-change-panel").then((module) => ({ default: module.IdentityChangePanel })));

const NETWORK_FAILURE =
  "The screening could not be saved: the server did not answer. Your entries are still in the form. Try again; the screening will not be stored twice.";

const schemaResolver = lazySchemaResolver<ScreeningFormState, ScreeningSubmission>(submissionSchema);

/** The shared schema's answer, with text lists' errors moved to their text areas. */
const resolver: Resolver<ScreeningFormState, unknown, ScreeningSubmission> = async (values, context, options) => {
  const result = await schemaResolver(values, context, options);
  collapseTextListErrors(result.errors);
  return result;
};

/**
 * A text list (allergies, other medicines) is one text area in the form but a list in the schema: an error on
 * one entry is moved to the text area, naming the entry, so it shows inline and in the summary.
 */
function collapseTextListErrors(errors: FieldErrors): void {
  for (const listPath of TEXT_LIST_PATHS) {
    const keys = listPath.split(".");
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown> | undefined>(
      (node, key) => node?.[key] as Record<string, unknown> | undefined,
      errors as Record<string, unknown>,
    );
    const listErrors = parent?.[last] as Record<string, { message?: unknown } | undefined> | undefined;
    if (!parent || !listErrors || typeof listErrors.message === "string") continue;
    const [index, entry] = Object.entries(listErrors).find(([, value]) => typeof value?.message === "string") ?? [];
    const root = listErrors.root?.message;
    const message =
      index !== undefined && index !== "root"
        ? textListProblem(`${listPath}.${index}`, String(entry?.message)).message
        : typeof root === "string"
          ? root
          : undefined;
    if (message !== undefined) parent[last] = { type: "custom", message };
  }
}

interface ScreeningFormProps {
  saveScreening: SaveScreeningAction;
  patientId?: string;
  prefill?: ScreeningPrefill;
  /** Saving drafts on the server; absent, the form keeps no draft. */
  draftActions?: DraftActions;
  /** A draft to resume: its entries (with its submission id) replace the blank or pre-filled form. */
  draft?: ResumedDraft & { readonly state: ScreeningFormState };
  /** Amending a signed screening: its answers (amendment-form-state.ts); the form then asks for a reason. */
  amending?: ScreeningFormState;
}

export function ScreeningForm({ saveScreening, patientId, prefill, draftActions, draft, amending }: ScreeningFormProps) {
  const router = useRouter();
  // One id per form instance, kept for retries: the server files one screening per id.
  const [submissionId] = useState(newSubmissionId);
  const form = useForm<ScreeningFormState, unknown, ScreeningSubmission>({
    resolver,
    defaultValues: amending ?? draft?.state ?? initialFormState(submissionId, patientId, prefill),
    // Focus is moved by `focusFirstProblem`, which also reaches radio groups and whole-questionnaire errors.
    shouldFocusError: false,
  });
  // Made once: the form's context must never change, or every section is hydrated at once (form-context-methods.ts).
  const [contextMethods] = useState(() => formContextMethods(form));
  const [sectionsHydration] = useState(() => createSectionsHydration(SECTION_COUNT));
  const formElement = useRef<HTMLFormElement>(null);
  // Not merely hydrated: every section's fields must be known to the form before it is judged or saved as a
  // draft (sections-hydration.ts).
  const ready = useAllHydrated(sectionsHydration);
  useEntriesBeforeHydration(formElement, contextMethods, ready);
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const inFlight = useRef(false);
  const identity = useIdentityConfirmation(() => void form.handleSubmit(submit, focusFirstProblem)());
  const drafts = useDraft(form, draftActions, draft);
  // Once saved, the page is about to move to the result: nothing is left to lose. Entries the draft already
  // holds are not lost either; only what was typed since its last save is.
  useUnsavedEntriesWarning(form.formState.isDirty && !saved, drafts.hasUnsavedEntries);

  function focusFirstProblem(errors: FieldErrors) {
    const first = problemsOf(errors)[0];
    if (first) focusField(first.path);
  }

  function showServerErrors(fieldErrors: ServerFieldErrors) {
    const elsewhere: string[] = [];
    const fieldPaths: string[] = [];
    for (const [errorPath, messages] of Object.entries(fieldErrors)) {
      const { path, message } = textListProblem(errorPath, messages[0] ?? "Check this answer");
      if (path.startsWith("screening.") || path.startsWith("amendment.")) {
        form.setError(path as FormPath, { type: "server", message });
        fieldPaths.push(path);
      } else {
        elsewhere.push(message);
      }
    }
    if (elsewhere.length > 0) setFormError(elsewhere.join(" "));
    const first = fieldPaths.sort((a, b) => orderOf(a) - orderOf(b))[0];
    if (first) focusField(first);
  }

  async function submit(submission: ScreeningSubmission) {
    // A second click can arrive before the disabled button renders; the server is idempotent as well.
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(undefined);
    try {
      const result = await saveScreening(identity.withConfirmation(drafts.attach(submission)));
      if (result.ok) {
        setSaved(true);
        router.push(`/screenings/${result.screeningId}`);
      } else if ("identityChange" in result) {
        identity.ask(result.identityChange);
      } else if (result.formError !== undefined) {
        setFormError(result.formError);
      } else {
        showServerErrors(result.fieldErrors);
      }
    } catch {
      setFormError(NETWORK_FAILURE);
    } finally {
      inFlight.current = false;
    }
  }

  return (
    <FormProvider {...contextMethods}>
      <SectionsHydrationContext value={sectionsHydration}>
        <form
          ref={formElement}
          // Never a GET: a submit before the script runs must not put patient data into a URL.
          method="post"
          noValidate
          onSubmit={(event) => form.handleSubmit(submit, focusFirstProblem)(event)}
          className="space-y-6"
        >
          <ProblemSummary />
          <FormErrorAlert message={formError} />
          <SectionIndex />
          <FormSectionsHydratedApart />
          {amending && <AmendmentReasonField />}
          {identity.panel && (
            <Suspense fallback={null}>
              <IdentityChangePanel {...identity.panel} />
            </Suspense>
          )}
          <SubmitButton saved={saved} ready={ready} />
          {/* After the submit button: saving and assessing is the form's one main action. */}
          <DraftStatus draft={drafts} ready={ready} />
        </form>
      </SectionsHydrationContext>
    </FormProvider>
  );
}

/** Shown only after a submit attempt, and kept in step as the clinician fixes each field. */
function ProblemSummary() {
  const { control } = useFormContext<ScreeningFormState>();
  const { errors, submitCount } = useFormState({ control });
  return submitCount > 0 ? <ErrorSummary problems={problemsOf(errors)} /> : null;
}

/** A server or network failure: takes focus so it is read at once; the entries stay in the form. */
function FormErrorAlert({ message }: { message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-lg border-4 border-red-700 bg-white p-4 text-slate-900">
      <p className="font-bold">The screening was not saved</p>
      <p className="mt-1">{message}</p>
    </div>
  );
}

function SubmitButton({ saved, ready }: { saved: boolean; ready: boolean }) {
  const { control } = useFormContext<ScreeningFormState>();
  const { isSubmitting } = useFormState({ control });
  const busy = isSubmitting || saved;
  return (
    <div className="flex items-center gap-4">
      <button
        type="submit"
        disabled={busy || !ready}
        className="rounded bg-blue-800 px-6 py-3 text-lg font-semibold text-white hover:bg-blue-900 disabled:cursor-wait disabled:bg-slate-600"
      >
        {busy ? "Saving…" : "Save and assess"}
      </button>
    </div>
  );
}
