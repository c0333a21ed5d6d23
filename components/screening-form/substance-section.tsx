"use client";

import { HISTORY_LABELS, KETAMINE_USE, KETAMINE_USE_LABELS, SUBSTANCE_USE_DISORDER } from "@/lib/screening/options";

import { optionsFrom, RadioGroup, Section, TextField } from "./fields";

export function SubstanceSection() {
  return (
    <Section sectionKey="substance-use">
      <RadioGroup
        path="screening.substanceUse.disorder"
        options={optionsFrom(SUBSTANCE_USE_DISORDER, HISTORY_LABELS)}
        inline
      />
      <RadioGroup path="screening.substanceUse.ketamineUse" options={optionsFrom(KETAMINE_USE, KETAMINE_USE_LABELS)} />
      <TextField
        path="screening.substanceUse.priorKetamineReaction"
        hint="Optional. What happened, if the patient ever reacted badly to ketamine. Leave blank if none."
      />
    </Section>
  );
}
