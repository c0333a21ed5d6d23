/**
 * Depression and suicide risk. The document says ketamine can cause depression lasting days, more likely in
 * people already struggling with it; PHQ-9 supplies the thresholds and the item 9 rule.
 */
import { PHQ9_BAND_LABELS, scorePhq9, type Phq9Band } from "../scoring/phq9";
import { defineRule, highestFinding, type MaybeReason } from "./define-rule";
import { historyFact } from "./patient-facts";
import { documentSource } from "./source-quotes";
import { standardSource } from "./standard-citations";
import { PHQ9_ITEM9_POSITIVE, PHQ9_MODERATE_TOTAL, PHQ9_SEVERE_TOTAL } from "./thresholds";

function phq9TotalFact(phq9: { total: number; band: Phq9Band } | null, threshold: number): MaybeReason {
  return (
    phq9 !== null &&
    phq9.total >= threshold &&
    `PHQ-9 total ${phq9.total} (${PHQ9_BAND_LABELS[phq9.band].toLowerCase()} depression) is at or above ${threshold}`
  );
}

export const depressionWorsening = defineRule({
  id: "depression-worsening",
  title: "Depression after treatment",
  summary: "Ketamine can cause depression for days afterwards, more likely in people already depressed.",
  levels: {
    critical: {
      when: `PHQ-9 total ≥ ${PHQ9_SEVERE_TOTAL}`,
      summary: "Severe depression score: assess and plan follow-up before treatment; low mood may worsen afterwards.",
    },
    warning: {
      when: `depression in the past or now, or PHQ-9 total ≥ ${PHQ9_MODERATE_TOTAL}`,
      summary: "Depression history or score: low mood may worsen for days after treatment; arrange follow-up.",
    },
  },
  sources: [documentSource("depressionWorsening"), standardSource("phq9Severity")],
  evaluate: (input) => {
    const { depression, phq9Items } = input.mentalHealth;
    const phq9 = phq9Items === undefined ? null : scorePhq9(phq9Items);
    return highestFinding({
      critical: [phq9TotalFact(phq9, PHQ9_SEVERE_TOTAL)],
      warning: [depression !== "none" && historyFact("Depression", depression), phq9TotalFact(phq9, PHQ9_MODERATE_TOTAL)],
    });
  },
});

export const suicidalIdeation = defineRule({
  id: "suicidal-ideation",
  title: "Thoughts of death or self-harm",
  summary: "A positive PHQ-9 item 9 needs a suicide-risk assessment before treatment.",
  levels: {
    critical: {
      when: `PHQ-9 item 9 scored ≥ ${PHQ9_ITEM9_POSITIVE}`,
      summary: "Thoughts of death or self-harm reported: complete a suicide-risk assessment before treatment.",
    },
  },
  sources: [standardSource("phq9Item9")],
  evaluate: (input) => {
    const { phq9Items } = input.mentalHealth;
    const item9 = phq9Items === undefined ? 0 : scorePhq9(phq9Items).item9;
    return highestFinding({
      critical: [item9 >= PHQ9_ITEM9_POSITIVE && `PHQ-9 item 9 (thoughts of self-harm) scored ${item9}`],
    });
  },
});
