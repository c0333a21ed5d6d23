"use client";

import { HISTORY_LABELS, KETAMINE_USE, KETAMINE_USE_LABELS, SUBSTANCE_USE_DISORDER } from "@/lib/screening/options";

import { optionsFrom, RadioGroup, Section } from "./fields";

export function SubstanceSection() {
  return (
    <Section title="Substance use">
      <RadioGroup
        path="screening.substanceUse.disorder"
        options={optionsFrom(SUBSTANCE_USE_DISORDER, HISTORY_LABELS)}
        inline
      />
      <RadioGroup path="screening.substanceUse.ketamineUse" options={optionsFrom(KETAMINE_USE, KETAMINE_USE_LABELS)} />
    </Section>
  );
}
