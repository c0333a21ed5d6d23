import { randomUUID } from "node:crypto";

import type { Metadata } from "next";

import { PatientSearch } from "@/components/patient-search";
import { formStateFromDraft } from "@/components/screening-form/draft-form-state";
import type { ScreeningPrefill } from "@/components/screening-form/form-model";
import { ScreeningForm } from "@/components/screening-form/screening-form";
import { getDraft } from "@/lib/db/get-draft.server";
import { getPatientPrefill, type PatientPrefill } from "@/lib/db/get-patient-prefill.server";
import { getPatientSummary } from "@/lib/db/get-patient-summary.server";
import type { Actor, DraftDetail } from "@/lib/db/types";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";

import { saveScreeningAction } from "./actions";
import { discardDraftAction, saveDraftAction } from "./draft-actions";

export const metadata: Metadata = { title: "New screening" };

const DRAFT_ACTIONS = { save: saveDraftAction, discard: discardDraftAction };

/** Only what the form shows is sent to the browser; pregnancy is asked afresh each time. */
function toFormPrefill(prefill: PatientPrefill): ScreeningPrefill {
  return {
    patient: prefill.patient,
    plannedTreatment: prefill.plannedTreatment,
    cardiovascular: prefill.cardiovascular,
    respiratory: prefill.respiratory,
    medications: prefill.medications,
    allergies: prefill.allergies,
    otherMedicines: prefill.otherMedicines,
    conditions: prefill.conditions,
    mentalHealth: prefill.mentalHealth,
    substanceUse: prefill.substanceUse,
    urinary: prefill.urinary,
    cognition: prefill.cognition,
    other: prefill.other,
  };
}

function oneParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * The form for a draft. An admin may read another clinician's draft but not change it: their copy gets a
 * submission id of its own and keeps no draft, so it can never be mistaken for the author's form.
 */
function draftForm(draft: DraftDetail) {
  const patientId = draft.patientId ?? undefined;
  const state = formStateFromDraft(draft.ownDraft ? draft.submissionId : randomUUID(), patientId, draft.formState);
  return draft.ownDraft
    ? { patientId, actions: DRAFT_ACTIONS, draft: { id: draft.id, savedAt: draft.updatedAt.toISOString(), state } }
    : { patientId, actions: undefined, draft: { id: draft.id, savedAt: draft.updatedAt.toISOString(), state } };
}

async function loadPatient(actor: Actor, requestedId: string | undefined) {
  // Only the chosen patient is read: the page never carries a list of patients (the search box asks the server).
  const [prefill, summary] = requestedId
    ? await Promise.all([getPatientPrefill(actor, requestedId), getPatientSummary(actor, requestedId)])
    : [null, null];
  const patient = prefill && summary ? summary : undefined;
  return { patient, prefill: prefill && patient ? toFormPrefill(prefill) : undefined };
}

export default async function NewScreeningPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await actorFor(await requireUser("clinician", "screenings/new"));
  const params = await searchParams;
  const requestedDraftId = oneParam(params.draft);
  const draft = requestedDraftId ? await getDraft(actor, requestedDraftId) : null;
  const resumed = draft ? draftForm(draft) : undefined;
  const requestedId = requestedDraftId ? undefined : oneParam(params.patientId);
  const { patient, prefill } = await loadPatient(actor, requestedId);
  const draftPatient = resumed?.patientId ? await getPatientSummary(actor, resumed.patientId) : null;
  const filingUnder = patient ?? draftPatient ?? undefined;
  const patientId = resumed ? resumed.patientId : patient?.id;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New screening</h1>
        <p className="mt-2 text-slate-700">
          Answer every question unless it is marked optional. The flags that follow support your decision; they never
          clear a patient.
        </p>
      </div>

      <PatientSearch />

      {requestedDraftId && !draft && (
        <p role="status" className="rounded-lg border-l-8 border-amber-700 bg-white p-4">
          That draft could not be found: it may have been finished or discarded. The form below is empty.
        </p>
      )}
      {resumed && !resumed.actions && (
        <p className="rounded-lg border-l-8 border-amber-700 bg-white p-4">
          This is another clinician&apos;s draft. You can read it here; your changes are not saved to it.
        </p>
      )}
      {requestedId && !patient && (
        <p role="status" className="rounded-lg border-l-8 border-amber-700 bg-white p-4">
          That patient could not be found. The form below is for a new patient.
        </p>
      )}
      {filingUnder && (
        <p className="rounded-lg border-l-8 border-blue-800 bg-white p-4">
          Filing under <strong>{filingUnder.fullName}</strong>.{" "}
          {resumed
            ? "Check their details before you save."
            : "Their details and history come from their last screening: check them. Vital signs and questionnaires are entered fresh."}
        </p>
      )}

      <ScreeningForm
        key={resumed?.draft.id ?? patientId ?? "new-patient"}
        saveScreening={saveScreeningAction}
        patientId={patientId}
        prefill={prefill}
        draftActions={resumed ? resumed.actions : DRAFT_ACTIONS}
        draft={resumed?.draft}
      />
    </div>
  );
}
