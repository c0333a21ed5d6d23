import Form from "next/form";

import type { PatientOption } from "@/lib/db/types";

/**
 * Choosing a patient reloads the page with `?patientId=`, which pre-fills the form from their last screening.
 * A plain GET form: it works before the page's script has loaded, and the choice is kept in the address.
 */
export function PatientPicker({ patients, selectedId }: { patients: readonly PatientOption[]; selectedId?: string }) {
  return (
    <Form action="/screenings/new" className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <label htmlFor="patient-picker" className="block font-medium text-slate-900">
        Choose patient
      </label>
      <p id="patient-picker-hint" className="mt-1 text-sm text-slate-600">
        Choose an existing patient to carry over their details and history, or “New patient”.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <select
          id="patient-picker"
          name="patientId"
          defaultValue={selectedId ?? ""}
          aria-describedby="patient-picker-hint"
          className="w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2"
        >
          <option value="">New patient</option>
          {patients.map((p) => (
            <option key={p.id} value={p.id}>
              {p.fullName} — born {p.dateOfBirth}
              {p.medicalRecordNumber ? ` — record ${p.medicalRecordNumber}` : ""}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="rounded border border-blue-800 px-4 py-2 font-semibold text-blue-800 hover:bg-blue-50"
        >
          Use this patient
        </button>
      </div>
    </Form>
  );
}
