"use client";

import { useEffect, useRef } from "react";

import { CalendarDate } from "@/components/dates";
import { IDENTITY_FIELD_LABELS, type IdentityFieldChange } from "@/lib/patients/identity-change";
import { sexAtBirthLabel } from "@/lib/screening/options";

interface IdentityChangePanelProps {
  /** The change the server proposed; nothing has been stored yet. */
  readonly change: readonly IdentityFieldChange[];
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

/** One value as the form shows it: dates written out, sex at birth by its label, a missing record number said. */
function IdentityValue({ field, value }: { field: IdentityFieldChange["field"]; value: string | null }) {
  if (value === null) return <span className="italic">None recorded</span>;
  if (field === "dateOfBirth") return <CalendarDate iso={value} />;
  if (field === "sexAtBirth") return <>{sexAtBirthLabel(value)}</>;
  return <>{value}</>;
}

/**
 * Asks before a screening changes a known patient's identity: a table of what would change (old → new), then
 * confirm or go back. It takes focus when it appears, so a screen reader reads it at once and a keyboard user is
 * on its buttons; the entries stay in the form either way.
 */
export function IdentityChangePanel({ change, onConfirm, onBack }: IdentityChangePanelProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "center" });
  }, [change]);

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="identity-change-title"
      aria-describedby="identity-change-help"
      className="rounded-lg border-4 border-amber-700 bg-white p-4 sm:p-6"
    >
      <h2 id="identity-change-title" className="text-lg font-bold">
        Confirm the change to this patient’s details
      </h2>
      <p id="identity-change-help" className="mt-1">
        Nothing has been saved yet. Saving will change the patient’s record as below; their earlier screenings keep the
        details recorded at the time.
      </p>
      <table className="mt-3 w-full text-left">
        <caption className="sr-only">Changes to the patient’s details</caption>
        <thead className="border-b border-slate-300 text-sm">
          <tr>
            <th scope="col" className="py-2 pr-4">Detail</th>
            <th scope="col" className="py-2 pr-4">Now recorded</th>
            <th scope="col" className="py-2">Will become</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {change.map(({ field, from, to }) => (
            <tr key={field}>
              <th scope="row" className="py-2 pr-4 font-semibold">{IDENTITY_FIELD_LABELS[field]}</th>
              <td className="py-2 pr-4">
                <IdentityValue field={field} value={from} />
              </td>
              <td className="py-2">
                <span aria-hidden="true">→ </span>
                <IdentityValue field={field} value={to} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={onConfirm} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Confirm the change and save
        </button>
        <button type="button" onClick={onBack} className="rounded border-2 border-slate-700 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100">
          Go back and edit
        </button>
      </div>
    </section>
  );
}
