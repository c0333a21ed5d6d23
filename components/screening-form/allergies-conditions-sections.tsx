"use client";

import { MAX_LIST_ENTRY_LENGTH, MAX_OTHER_ALLERGIES } from "@/lib/screening/limits";

import { Section, TextArea, YesNo } from "./fields";

export function AllergiesSection() {
  return (
    <Section sectionKey="allergies">
      <YesNo path="screening.allergies.ketamineHypersensitivity" />
      <TextArea
        path="screening.allergies.other"
        hint={`Optional. One allergy per line (at most ${MAX_OTHER_ALLERGIES}, each up to ${MAX_LIST_ENTRY_LENGTH} characters). Leave blank if none.`}
      />
    </Section>
  );
}

/** Conditions the ketamine labels name, beside heart and breathing. */
export function OtherConditionsSection() {
  return (
    <Section sectionKey="other-conditions">
      <YesNo path="screening.conditions.raisedIntracranialPressure" />
      <YesNo path="screening.conditions.raisedIntraocularPressure" />
      <YesNo path="screening.conditions.hyperthyroidism" />
      <YesNo path="screening.conditions.liverDisease" />
    </Section>
  );
}
