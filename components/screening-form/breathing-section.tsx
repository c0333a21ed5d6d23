"use client";

import {
  ALCOHOL_USE,
  ALCOHOL_USE_LABELS,
  MEDICATION_LABELS,
  MEDICATIONS,
  RESPIRATORY_CONDITION_LABELS,
  RESPIRATORY_CONDITIONS,
} from "@/lib/screening/options";

import { CheckboxGroup, optionsFrom, RadioGroup, Section } from "./fields";

/** Alcohol sits here rather than under substance use: with sedating medicines it adds to respiratory risk. */
export function BreathingSection() {
  return (
    <Section title="Breathing and sedating medicines">
      <CheckboxGroup
        path="screening.respiratory.conditions"
        options={optionsFrom(RESPIRATORY_CONDITIONS, RESPIRATORY_CONDITION_LABELS)}
        hint="Leave all unticked if none."
      />
      <CheckboxGroup
        path="screening.medications"
        options={optionsFrom(MEDICATIONS, MEDICATION_LABELS)}
        hint="Medicines the patient takes now. Leave all unticked if none."
      />
      <RadioGroup path="screening.substanceUse.alcohol" options={optionsFrom(ALCOHOL_USE, ALCOHOL_USE_LABELS)} inline />
    </Section>
  );
}
