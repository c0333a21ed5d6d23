"use client";

/**
 * Keeps a draft of the screening form on the server: saved a moment after the clinician stops typing, and on
 * request. The server draft is the only copy that outlives the page: nothing of the patient is written to
 * localStorage, sessionStorage, IndexedDB or cookies, so signing out leaves nothing behind in the browser.
 * The URL carries only the draft's opaque id.
 *
 * Saving a draft never blocks the form: one request at a time, failures shown quietly and retried.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { ActionFailure, ActionResult } from "@/lib/actions/define-action";
import type { DraftSave } from "@/lib/screening/draft-schema";
import { toStorableDraftState } from "@/lib/screening/storable-draft-state";
import type { ScreeningSubmission } from "@/lib/screening/submission-schema";

import { labelOf } from "./field-labels";
import { initialFormState, newSubmissionId, type ScreeningFormState } from "./form-model";

/** Long enough not to save on every keystroke, short enough that a reload loses little. */
export const AUTOSAVE_DELAY_MS = 2_000;
const RETRY_DELAY_MS = 10_000;

export type SaveDraftAction = (
  input: Omit<DraftSave, "formState"> & { readonly formState: unknown },
) => Promise<
  | { readonly ok: true; readonly state: "saved"; readonly draftId: string; readonly savedAt: string }
  | { readonly ok: true; readonly state: "gone" }
  | ActionFailure
>;
export type DiscardDraftAction = (input: { readonly draftId: string }) => Promise<ActionResult<object>>;

export interface DraftActions {
  readonly save: SaveDraftAction;
  readonly discard: DiscardDraftAction;
}

/** A draft the page loaded: the form's values come from it, and further saves update it. */
export interface ResumedDraft {
  readonly id: string;
  /** ISO time of its last save. */
  readonly savedAt: string;
}

export type DraftStatus =
  | { readonly kind: "none" }
  | { readonly kind: "saved"; readonly at: string }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "gone" }
  | { readonly kind: "discarded" };

export interface DraftControl {
  /** False when the page gave no draft actions (an admin reading another's draft). */
  readonly enabled: boolean;
  readonly draftId: string | null;
  readonly status: DraftStatus;
  readonly saveNow: () => void;
  readonly discard: () => Promise<void>;
  /** The submission with the draft to delete when the screening is stored. */
  readonly attach: (submission: ScreeningSubmission) => ScreeningSubmission;
  /** True when the form holds entries the server draft does not (always, when drafts are not kept). */
  readonly hasUnsavedEntries: () => boolean;
}

const RETRYING = "Draft not saved — will retry";

/** Entries as they would be stored, for telling whether anything changed since the last save. */
function snapshotOf(values: ScreeningFormState): string {
  return JSON.stringify(toStorableDraftState(values.screening));
}

/** A refused draft names the field in the clinician's words; the form itself is checked only on submit. */
function refusalMessage(fieldErrors: Readonly<Record<string, readonly string[]>>): string {
  const [path, messages] = Object.entries(fieldErrors)[0] ?? ["", []];
  const message = messages[0] ?? "";
  const field = path.startsWith("formState.") ? `${labelOf(`screening.${path.slice("formState.".length)}`)} ` : "";
  return `Draft not saved: ${field}${message}`;
}

function showDraftUrl(draftId: string | null): void {
  // Next.js keeps its router in step with the native History API; no server round trip, no remount.
  window.history.replaceState(null, "", draftId === null ? "/screenings/new" : `/screenings/new?draft=${encodeURIComponent(draftId)}`);
}

export function useDraft(
  form: UseFormReturn<ScreeningFormState, unknown, ScreeningSubmission>,
  actions: DraftActions | undefined,
  resumed: ResumedDraft | undefined,
): DraftControl {
  // Without actions the form only shows a draft (an admin reading another's): it must not claim it on submit.
  const [draftId, setDraftId] = useState<string | null>(actions && resumed ? resumed.id : null);
  const [status, setStatus] = useState<DraftStatus>(actions && resumed ? { kind: "saved", at: resumed.savedAt } : { kind: "none" });
  const draftIdRef = useRef(draftId);
  const lastSaved = useRef<string | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const gone = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A timer calls the latest `save` through this ref (a callback cannot schedule itself by name).
  const saveLater = useRef<(delay: number) => void>(() => {});

  const rememberDraftId = useCallback((id: string | null) => {
    draftIdRef.current = id;
    setDraftId(id);
  }, []);

  const save = useCallback(
    async (explicit: boolean) => {
      clearTimeout(timer.current);
      if (!actions || gone.current) return;
      if (inFlight.current) {
        again.current = true;
        return;
      }
      const values = form.getValues();
      const snapshot = snapshotOf(values);
      if (!explicit && snapshot === lastSaved.current) return;
      inFlight.current = true;
      try {
        const result = await actions.save({
          draftId: draftIdRef.current ?? undefined,
          submissionId: values.submissionId,
          patientId: values.patientId || undefined,
          formState: JSON.parse(snapshot) as unknown,
        });
        if (result.ok && result.state === "saved") {
          lastSaved.current = snapshot;
          if (draftIdRef.current !== result.draftId) showDraftUrl(result.draftId);
          rememberDraftId(result.draftId);
          setStatus({ kind: "saved", at: result.savedAt });
        } else if (result.ok) {
          gone.current = true;
          setStatus({ kind: "gone" });
        } else if (result.fieldErrors) {
          // Retrying the same entries would fail the same way; the next change tries again.
          setStatus({ kind: "failed", message: refusalMessage(result.fieldErrors) });
        } else {
          setStatus({ kind: "failed", message: RETRYING });
          saveLater.current(RETRY_DELAY_MS);
        }
      } catch {
        setStatus({ kind: "failed", message: RETRYING });
        saveLater.current(RETRY_DELAY_MS);
      } finally {
        inFlight.current = false;
      }
      if (again.current) {
        again.current = false;
        saveLater.current(AUTOSAVE_DELAY_MS);
      }
    },
    [actions, form, rememberDraftId],
  );

  useEffect(() => {
    saveLater.current = (delay) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(false), delay);
    };
  }, [save]);

  useEffect(() => {
    if (!actions) return;
    // What the page loaded is already saved (a resumed draft) or not worth a draft (a blank or pre-filled form).
    lastSaved.current = snapshotOf(form.getValues());
    const subscription = form.watch(() => saveLater.current(AUTOSAVE_DELAY_MS));
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [actions, form]);

  const discard = useCallback(async () => {
    const id = draftIdRef.current;
    if (!actions || id === null) return;
    clearTimeout(timer.current);
    try {
      const result = await actions.discard({ draftId: id });
      if (!result.ok) {
        setStatus({ kind: "failed", message: result.formError ?? "The draft could not be discarded; try again." });
        return;
      }
    } catch {
      setStatus({ kind: "failed", message: "The draft could not be discarded: the server did not answer. Try again." });
      return;
    }
    // A fresh, empty form with a new submission id: the discarded entries are gone from the page too.
    const blank = initialFormState(newSubmissionId(), undefined, undefined);
    lastSaved.current = snapshotOf(blank);
    // reset() without values also resets the <form> element: the inputs are uncontrolled, and a field whose new
    // value is undefined would otherwise take back what its input still shows.
    form.reset();
    form.reset(blank);
    clearTimeout(timer.current);
    rememberDraftId(null);
    showDraftUrl(null);
    setStatus({ kind: "discarded" });
  }, [actions, form, rememberDraftId]);

  const attach = useCallback((submission: ScreeningSubmission): ScreeningSubmission => {
    // A pending autosave would only race the screening's own save; the server refuses it afterwards anyway.
    clearTimeout(timer.current);
    return draftIdRef.current === null ? submission : { ...submission, draftId: draftIdRef.current };
  }, []);

  const hasUnsavedEntries = useCallback(
    () => !actions || gone.current || snapshotOf(form.getValues()) !== lastSaved.current,
    [actions, form],
  );

  return { enabled: actions !== undefined, draftId, status, saveNow: () => void save(true), discard, attach, hasUnsavedEntries };
}
