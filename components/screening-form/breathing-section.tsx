"use client";

import {
  ALCOHOL_USE,
  ALCOHOL_USE_LABELS,
  MEDICATION_LABELS,
  MEDICATIONS,
  RESPIRATORY_CONDITION_LABELS,
  RESPIRATORY_CONDITIONS,
} from "@/lib/screening/options";

import { MAX_OTHER_MEDICINES } from "@/lib/screening/schema";

import { CheckboxGroup, optionsFrom, RadioGroup, Section, TextArea } from "./fields";

/** Alcohol sits here rather than under substance use: with sedating medicines it adds to respiratory risk. */
export function BreathingSection() {
  return (
    <Section sectionKey="breathing">
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
      <TextArea
        path="screening.otherMedicines"
        hint={`Optional. Any other medicine taken now, one per line (at most ${MAX_OTHER_MEDICINES}). Leave blank if none.`}
      />
      <RadioGroup path="screening.substanceUse.alcohol" options={optionsFrom(ALCOHOL_USE, ALCOHOL_USE_LABELS)} inline />
    </Section>
  );
}
