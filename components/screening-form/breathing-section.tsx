"use client";

import {
  ALCOHOL_USE,
  ALCOHOL_USE_LABELS,
  MEDICATION_LABELS,
  MEDICATIONS,
  RESPIRATORY_CONDITION_LABELS,
  RESPIRATORY_CONDITIONS,
} from "@/lib/screening/options";

import { MAX_OTHER_MEDICINES } from "@/lib/screening/limits";

import { optionsFrom, RadioGroup, Section, TextArea } from "./fields";
import { GatedCheckboxGroup } from "./gated-checkbox-group";

/** Alcohol sits here rather than under substance use: with sedating medicines it adds to respiratory risk. */
export function BreathingSection() {
  return (
    <Section sectionKey="breathing">
      <GatedCheckboxGroup
        path="screening.respiratory.conditions"
        gatePath="screening.respiratory.any"
        options={optionsFrom(RESPIRATORY_CONDITIONS, RESPIRATORY_CONDITION_LABELS)}
        which="Which conditions? Tick each that applies."
      />
      <GatedCheckboxGroup
        path="screening.medications"
        gatePath="screening.medicationsAny"
        options={optionsFrom(MEDICATIONS, MEDICATION_LABELS)}
        hint="Medicines of these kinds the patient takes now."
        which="Which medicines? Tick each that applies."
      />
      <TextArea
        path="screening.otherMedicines"
        hint={`Optional. Any other medicine taken now, one per line (at most ${MAX_OTHER_MEDICINES}). Leave blank if none.`}
      />
      <RadioGroup path="screening.substanceUse.alcohol" options={optionsFrom(ALCOHOL_USE, ALCOHOL_USE_LABELS)} inline />
    </Section>
  );
}
