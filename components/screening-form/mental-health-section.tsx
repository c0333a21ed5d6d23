"use client";

import { ANXIETY_STATUS, DEPRESSION_STATUS, HISTORY_LABELS } from "@/lib/screening/options";
import { GAD7_BAND_LABELS, GAD7_ITEMS, gad7Band } from "@/lib/scoring/gad7";
import { PHQ9_BAND_LABELS, PHQ9_ITEMS, phq9Band } from "@/lib/scoring/phq9";

import { optionsFrom, RadioGroup, Section, YesNo } from "./fields";
import { Questionnaire } from "./questionnaire";

const phq9BandLabel = (total: number) => PHQ9_BAND_LABELS[phq9Band(total)];
const gad7BandLabel = (total: number) => GAD7_BAND_LABELS[gad7Band(total)];

export function MentalHealthSection() {
  return (
    <Section sectionKey="mental-health">
      <RadioGroup path="screening.mentalHealth.depression" options={optionsFrom(DEPRESSION_STATUS, HISTORY_LABELS)} inline />
      <RadioGroup path="screening.mentalHealth.anxiety" options={optionsFrom(ANXIETY_STATUS, HISTORY_LABELS)} inline />
      <YesNo path="screening.mentalHealth.psychosisHistory" />
      <YesNo path="screening.mentalHealth.dissociativeDisorder" />
      <Questionnaire
        path="screening.mentalHealth.phq9Items"
        name="PHQ-9"
        itemTexts={PHQ9_ITEMS}
        bandLabel={phq9BandLabel}
      />
      <Questionnaire
        path="screening.mentalHealth.gad7Items"
        name="GAD-7"
        itemTexts={GAD7_ITEMS}
        bandLabel={gad7BandLabel}
      />
    </Section>
  );
}
