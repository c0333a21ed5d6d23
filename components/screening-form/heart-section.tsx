"use client";

import {
  CARDIOVASCULAR_CONDITION_LABELS,
  CARDIOVASCULAR_CONDITIONS,
  HYPERTENSION_LABELS,
  HYPERTENSION_STATUS,
} from "@/lib/screening/options";

import { optionsFrom, RadioGroup, Section } from "./fields";
import { GatedCheckboxGroup } from "./gated-checkbox-group";

export function HeartSection() {
  return (
    <Section sectionKey="heart">
      <GatedCheckboxGroup
        path="screening.cardiovascular.conditions"
        gatePath="screening.cardiovascular.any"
        options={optionsFrom(CARDIOVASCULAR_CONDITIONS, CARDIOVASCULAR_CONDITION_LABELS)}
        hint="Conditions the patient has or has had."
        which="Which conditions? Tick each that applies."
      />
      <RadioGroup
        path="screening.cardiovascular.hypertension"
        options={optionsFrom(HYPERTENSION_STATUS, HYPERTENSION_LABELS)}
      />
    </Section>
  );
}
