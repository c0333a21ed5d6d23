import type { Metadata } from "next";

import { PatientSearch } from "@/components/patient-search";
import type { ScreeningPrefill } from "@/components/screening-form/form-model";
import { ScreeningForm } from "@/components/screening-form/screening-form";
import { getPatientPrefill, type PatientPrefill } from "@/lib/db/get-patient-prefill.server";
import { getPatientSummary } from "@/lib/db/get-patient-summary.server";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";

import { saveScreeningAction } from "./actions";

export const metadata: Metadata = { title: "New screening" };

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

export default async function NewScreeningPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await actorFor(await requireUser("clinician", "screenings/new"));
  const { patientId: rawPatientId } = await searchParams;
  const requestedId = typeof rawPatientId === "string" && rawPatientId !== "" ? rawPatientId : undefined;
  // Only the chosen patient is read: the page never carries a list of patients (the search box asks the server).
  const [prefill, summary] = requestedId
    ? await Promise.all([getPatientPrefill(actor, requestedId), getPatientSummary(actor, requestedId)])
    : [null, null];
  const patient = prefill && summary ? summary : undefined;
  const patientId = patient?.id;

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

      {requestedId && !patientId && (
        <p role="status" className="rounded-lg border-l-8 border-amber-700 bg-white p-4">
          That patient could not be found. The form below is for a new patient.
        </p>
      )}
      {patient && (
        <p className="rounded-lg border-l-8 border-blue-800 bg-white p-4">
          Filing under <strong>{patient.fullName}</strong>. Their details and history come from their last screening:
          check them. Vital signs and questionnaires are entered fresh.
        </p>
      )}

      <ScreeningForm
        key={patientId ?? "new-patient"}
        saveScreening={saveScreeningAction}
        patientId={patientId}
        prefill={prefill && patientId ? toFormPrefill(prefill) : undefined}
      />
    </div>
  );
}
