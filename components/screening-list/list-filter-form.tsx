import Link from "next/link";

import { FILTER_INPUT, FilterField, filterControl } from "@/components/forms/filter-field";
import type { PatientSummary, SignerOption } from "@/lib/db/types";

const STATUS_OPTIONS = [
  ["", "Any status"],
  ["draft", "Draft"],
  ["awaiting-review", "Awaiting review"],
  ["signed", "Signed"],
  ["amended", "Amended"],
] as const;

const SEVERITY_OPTIONS = [
  ["", "Any severity"],
  ["critical", "Critical"],
  ["warning", "Warning"],
  ["info", "Information only"],
] as const;

/**
 * The list's filters as a plain GET form: they live in the URL (bookmark, share, Back), and work without
 * JavaScript. The patient is chosen with the patient search above it and carried here by id only; the signer
 * is chosen by name and sent by account id.
 */
export function ListFilterForm({
  values,
  errors,
  patient,
  signers,
}: {
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  patient: PatientSummary | null;
  signers: readonly SignerOption[];
}) {
  const control = (name: string) => filterControl(name, errors);
  return (
    <form method="get" action="/screenings" aria-label="Filter screenings" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      {errors.after && (
        <p role="alert" className="font-semibold text-red-800">
          {errors.after}
        </p>
      )}
      {values.patient && (
        <div className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="patient" value={values.patient} />
          <p>
            Patient: <strong>{patient ? patient.fullName : "not found"}</strong>
            {patient?.medicalRecordNumber ? `, record ${patient.medicalRecordNumber}` : ""}
          </p>
          <Link href="/screenings" className="text-blue-800 underline">
            All patients
          </Link>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-3">
        <FilterField id="filter-status" label="Status" error={errors.status}>
          <select {...control("status")} defaultValue={values.status ?? ""} className={FILTER_INPUT}>
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-severity" label="Highest severity" error={errors.severity}>
          <select {...control("severity")} defaultValue={values.severity ?? ""} className={FILTER_INPUT}>
            {SEVERITY_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-signer" label="Signed by" error={errors.signer}>
          <select {...control("signer")} defaultValue={values.signer ?? ""} className={FILTER_INPUT}>
            <option value="">Anyone or not signed</option>
            {signers.map((signer) => (
              <option key={signer.id} value={signer.id}>
                {signer.active ? signer.name : `${signer.name} (deactivated)`}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="filter-sort" label="Order" error={errors.sort}>
          <select {...control("sort")} defaultValue={values.sort ?? "newest"} className={FILTER_INPUT}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </FilterField>
        <FilterField id="filter-from" label="From (day, UTC)" error={errors.from}>
          <input type="date" {...control("from")} defaultValue={values.from ?? ""} className={FILTER_INPUT} />
        </FilterField>
        <FilterField id="filter-to" label="To (day, UTC, included)" error={errors.to}>
          <input type="date" {...control("to")} defaultValue={values.to ?? ""} className={FILTER_INPUT} />
        </FilterField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Show screenings
        </button>
        <Link href="/screenings" className="text-blue-800 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
