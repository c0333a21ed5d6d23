"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type KeyboardEvent } from "react";

import type { PatientSearchResult } from "@/lib/patients/patient-query";
import { PATIENT_QUERY_MIN_LENGTH, PATIENT_SEARCH_LIMIT } from "@/lib/patients/patient-query-limits";

import { CalendarDate } from "./dates";
import { confirmLeaving } from "./navigation/leave-guard";
import { usePatientSearch, type PatientSearchState } from "./use-patient-search";

/** "Ann Smith — born 14 Mar 1979 — record MRN-1": what an option says, and what a screen reader reads. */
function PatientOptionText({ patient }: { patient: PatientSearchResult }) {
  return (
    <>
      {patient.fullName} — born <CalendarDate iso={patient.dateOfBirth} />
      {patient.medicalRecordNumber && ` — record ${patient.medicalRecordNumber}`}
    </>
  );
}

function statusMessage(state: PatientSearchState): string {
  switch (state.status) {
    case "idle":
      return "";
    case "searching":
      return "Searching…";
    case "failed":
      return state.signedOut
        ? "The search failed: you are signed out. Sign in again to search."
        : "The search failed. Try again, or start a new patient.";
    case "found": {
      const count = state.patients.length;
      if (count === 0) return "No patient found. Check the spelling or the record number, or start a new patient.";
      const found = count === 1 ? "1 patient found." : `${count} patients found.`;
      const more = count === PATIENT_SEARCH_LIMIT ? " Only the best matches are shown: type more to narrow the search." : "";
      return `${found}${more} Use the up and down arrow keys, then Enter to choose.`;
    }
  }
}

/**
 * Finds an existing patient by name or record number on the server (never a list of every patient in the page),
 * as an editable combobox with a listbox popup and list autocomplete (WAI-ARIA Authoring Practices, "Editable
 * Combobox With List Autocomplete"): focus stays in the text box and `aria-activedescendant` names the option
 * the arrow keys reached; Enter chooses it, Escape closes the list (and, when it is closed, clears the box).
 * Choosing loads `/screenings/new?patientId=…`, which pre-fills the form from the patient's last screening, or
 * (on the list) `/screenings?patient=…`: the URL carries the patient's opaque id, never what was typed.
 */
/** What choosing a patient is for: the words around the box and where the choice leads. */
const PURPOSES = {
  "new-screening": {
    heading: "Patient",
    label: "Find an existing patient",
    hint: "Their details and history are carried over from their last screening.",
    destination: (id: string) => `/screenings/new?patientId=${encodeURIComponent(id)}`,
    offerNewPatient: true,
  },
  "list-filter": {
    heading: "One patient's screenings",
    label: "Find a patient",
    hint: "Lists that patient's screenings.",
    destination: (id: string) => `/screenings?patient=${encodeURIComponent(id)}`,
    offerNewPatient: false,
  },
} as const;

export function PatientSearch({ purpose = "new-screening" }: { purpose?: keyof typeof PURPOSES }) {
  const words = PURPOSES[purpose];
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const { state, search, reset } = usePatientSearch();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const patients = state.status === "found" ? state.patients : [];
  const expanded = open && patients.length > 0;

  function onChange(value: string) {
    setText(value);
    setActive(-1);
    setOpen(true);
    search(value);
  }

  function choose(patient: PatientSearchResult) {
    // Choosing a patient replaces the form below: entries typed into it would be lost.
    if (!confirmLeaving()) return;
    setOpen(false);
    setActive(-1);
    setText("");
    reset();
    router.push(words.destination(patient.id));
  }

  function move(step: 1 | -1) {
    if (patients.length === 0) return;
    setOpen(true);
    setActive((current) => {
      if (!expanded || current < 0) return step === 1 ? 0 : patients.length - 1;
      return (current + step + patients.length) % patients.length;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        return;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        return;
      case "Enter": {
        const patient = expanded && active >= 0 ? patients[active] : undefined;
        if (!patient) return;
        event.preventDefault();
        choose(patient);
        return;
      }
      case "Escape":
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else {
          setText("");
          reset();
        }
        return;
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {words.heading}
      </h2>
      <label htmlFor={inputId} className="mt-2 block font-medium text-slate-900">
        {words.label}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        Type at least {PATIENT_QUERY_MIN_LENGTH} characters of their name or record number. {words.hint}
      </p>
      <div className="relative mt-2 max-w-xl">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2"
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Patients found"
          hidden={!expanded}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-y-auto rounded border border-slate-500 bg-white shadow-lg"
        >
          {patients.map((patient, index) => (
            <li
              key={patient.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps focus in the text box, so that a click chooses like Enter does.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(patient)}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-blue-800 text-white" : "text-slate-900 hover:bg-blue-50"}`}
            >
              <PatientOptionText patient={patient} />
            </li>
          ))}
        </ul>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-6 text-sm text-slate-700">
        {statusMessage(state)}
      </p>
      {words.offerNewPatient && (
        <p className="mt-2">
          Not found?{" "}
          <Link href="/screenings/new" className="font-semibold text-blue-800 underline">
            New patient
          </Link>
        </p>
      )}
    </section>
  );
}
