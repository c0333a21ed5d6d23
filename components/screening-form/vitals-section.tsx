"use client";

import { Section, TextField } from "./fields";

export function VitalsSection() {
  return (
    <Section sectionKey="vitals">
      <p className="text-sm text-slate-700">Measured today, at rest. Blood pressure, heart rate and saturation in whole numbers.</p>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField path="screening.vitals.systolic" kind="number" width="w-32" />
        <TextField path="screening.vitals.diastolic" kind="number" width="w-32" />
        <TextField path="screening.vitals.heartRate" kind="number" width="w-32" />
        <TextField path="screening.vitals.oxygenSaturation" kind="number" width="w-32" hint="Optional." />
        <TextField
          path="screening.vitals.weightKg"
          kind="decimal"
          width="w-32"
          hint="Weighed today. Required for intravenous or intramuscular treatment (dosed per kg). One decimal at most."
        />
        <TextField path="screening.vitals.heightCm" kind="decimal" width="w-32" hint="Optional. One decimal at most." />
      </div>
    </Section>
  );
}
