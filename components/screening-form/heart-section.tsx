"use client";

import {
  CARDIOVASCULAR_CONDITION_LABELS,
  CARDIOVASCULAR_CONDITIONS,
  HYPERTENSION_LABELS,
  HYPERTENSION_STATUS,
} from "@/lib/screening/options";

import { CheckboxGroup, optionsFrom, RadioGroup, Section } from "./fields";

export function HeartSection() {
  return (
    <Section sectionKey="heart">
      <CheckboxGroup
        path="screening.cardiovascular.conditions"
        options={optionsFrom(CARDIOVASCULAR_CONDITIONS, CARDIOVASCULAR_CONDITION_LABELS)}
        hint="Tick every condition the patient has or has had. Leave all unticked if none."
      />
      <RadioGroup
        path="screening.cardiovascular.hypertension"
        options={optionsFrom(HYPERTENSION_STATUS, HYPERTENSION_LABELS)}
      />
    </Section>
  );
}
