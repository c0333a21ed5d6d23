/**
 * Depression and suicide risk. The document says ketamine can cause depression lasting days, more likely in
 * people already struggling with it; PHQ-9 supplies the thresholds and the item 9 rule. Totals count only on a
 * complete PHQ-9 (a partial total understates severity); item 9 counts whenever it was answered.
 */
import { PHQ9_BAND_LABELS, summarisePhq9, type Phq9Summary } from "../scoring/phq9";
import type { ItemAnswer } from "../scoring/questionnaire-items";
import { defineRule, highestFinding, type MaybeReason } from "./define-rule";
import { historyFact } from "./patient-facts";
import { documentSource } from "./source-quotes";
import { standardSource } from "./standard-citations";
import { PHQ9_ITEM9_POSITIVE, PHQ9_MODERATE_TOTAL, PHQ9_SEVERE_TOTAL } from "./thresholds";
import type { AssessmentContext } from "./types";

/** The PHQ-9 summarised once per assessment: both rules below read it, and summarising is most of their work. */
function phq9Summary(items: readonly ItemAnswer[], { shared }: AssessmentContext): Phq9Summary {
  if (shared === undefined) return summarisePhq9(items);
  if (shared.phq9?.items !== items) shared.phq9 = { items, summary: summarisePhq9(items) };
  return shared.phq9.summary;
}

function phq9TotalFact(phq9: Phq9Summary | null, threshold: number): MaybeReason {
  return (
    phq9?.status === "complete" &&
    phq9.total >= threshold &&
    `PHQ-9 total ${phq9.total} (${PHQ9_BAND_LABELS[phq9.band].toLowerCase()} depression) is at or above ${threshold}`
  );
}

const DEPRESSION_SOURCES = [documentSource("depressionWorsening"), standardSource("phq9Severity")];

export const depressionWorsening = defineRule({
  id: "depression-worsening",
  title: "Depression after treatment",
  summary: "Ketamine can cause depression for days afterwards, more likely in people already depressed.",
  levels: {
    critical: {
      when: `complete PHQ-9 total ≥ ${PHQ9_SEVERE_TOTAL}`,
      summary: "Severe depression score: assess and plan follow-up before treatment; low mood may worsen afterwards.",
      sources: DEPRESSION_SOURCES,
    },
    warning: {
      when: `depression in the past or now, or complete PHQ-9 total ≥ ${PHQ9_MODERATE_TOTAL}`,
      summary: "Depression history or score: low mood may worsen for days after treatment; arrange follow-up.",
      sources: DEPRESSION_SOURCES,
    },
  },
  evaluate: (input, context) => {
    const { depression, phq9Items } = input.mentalHealth;
    const phq9 = phq9Items === undefined ? null : phq9Summary(phq9Items, context);
    return highestFinding({
      critical: [phq9TotalFact(phq9, PHQ9_SEVERE_TOTAL)],
      warning: [depression !== "none" && historyFact("Depression", depression), phq9TotalFact(phq9, PHQ9_MODERATE_TOTAL)],
    });
  },
});

export const SUICIDE_RISK_NOT_SCREENED = "suicide risk not screened: ask about thoughts of self-harm before treatment";

export const suicidalIdeation = defineRule({
  id: "suicidal-ideation",
  title: "Thoughts of death or self-harm",
  summary: "A positive PHQ-9 item 9 needs a suicide-risk assessment; an unanswered one needs asking.",
  levels: {
    critical: {
      when: `PHQ-9 item 9 scored ≥ ${PHQ9_ITEM9_POSITIVE}, also on a partly answered PHQ-9`,
      summary: "Thoughts of death or self-harm reported: complete a suicide-risk assessment before treatment.",
      sources: [standardSource("phq9Item9")],
    },
    warning: {
      when: "no PHQ-9, or PHQ-9 item 9 left unanswered",
      summary: "Suicide risk not screened: ask about thoughts of self-harm before treatment.",
      sources: [standardSource("spravatoSuicidality"), standardSource("phq9Item9")],
    },
  },
  evaluate: (input, context) => {
    const { phq9Items } = input.mentalHealth;
    const item9 = phq9Items === undefined ? null : phq9Summary(phq9Items, context).item9;
    return highestFinding({
      critical: [item9 !== null && item9 >= PHQ9_ITEM9_POSITIVE && `PHQ-9 item 9 (thoughts of self-harm) scored ${item9}`],
      warning: [
        phq9Items === undefined && `No PHQ-9 recorded: ${SUICIDE_RISK_NOT_SCREENED}`,
        phq9Items !== undefined && item9 === null && `PHQ-9 item 9 unanswered: ${SUICIDE_RISK_NOT_SCREENED}`,
      ],
    });
  },
});
