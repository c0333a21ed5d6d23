"use client";

import { SEX_AT_BIRTH, SEX_AT_BIRTH_LABELS } from "@/lib/screening/options";

import { AgeToday } from "./age-today";
import { optionsFrom, RadioGroup, Section, TextField } from "./fields";

export function PatientSection() {
  return (
    <Section sectionKey="patient">
      <TextField path="screening.patient.fullName" autoComplete="off" />
      <div className="flex flex-wrap items-end gap-x-6">
        <TextField path="screening.patient.dateOfBirth" kind="date" width="w-48" />
        <AgeToday />
      </div>
      <TextField
        path="screening.patient.medicalRecordNumber"
        hint="Optional. Letters, digits, - and / only."
        width="w-64 max-w-full"
      />
      <RadioGroup path="screening.patient.sexAtBirth" options={optionsFrom(SEX_AT_BIRTH, SEX_AT_BIRTH_LABELS)} inline />
    </Section>
  );
}
