"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { BREASTFEEDING_LABELS, BREASTFEEDING_STATUS, PREGNANCY_LABELS, PREGNANCY_STATUS } from "@/lib/screening/options";

import { optionsFrom, RadioGroup, Section } from "./fields";
import { asksPregnancy, type ScreeningFormState } from "./form-model";

/** "Not applicable" is recorded automatically for a patient male at birth, so it is not offered here. */
const OPTIONS = optionsFrom(PREGNANCY_STATUS, PREGNANCY_LABELS).filter((o) => o.value !== "not-applicable");
const BREASTFEEDING_OPTIONS = optionsFrom(BREASTFEEDING_STATUS, BREASTFEEDING_LABELS).filter((o) => o.value !== "not-applicable");

export function PregnancySection() {
  const { control } = useFormContext<ScreeningFormState>();
  const sexAtBirth = useWatch({ control, name: "screening.patient.sexAtBirth" });
  if (!asksPregnancy(sexAtBirth)) return null;
  return (
    <Section sectionKey="pregnancy">
      <RadioGroup path="screening.pregnancy" options={OPTIONS} inline />
      <RadioGroup path="screening.breastfeeding" options={BREASTFEEDING_OPTIONS} inline />
    </Section>
  );
}
