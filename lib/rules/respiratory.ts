/**
 * Respiratory depression: the document names it among ketamine's serious side effects. The risk adds up with
 * lung disease and with other central nervous system depressants, so each such fact counts once and two or
 * more make the flag critical.
 */
import { RESPIRATORY_CONDITION_LABELS } from "../screening/options";
import type { ScreeningInput } from "../screening/schema";
import { defineRule, highestFinding } from "./define-rule";
import { factsOf, labelledFacts, MEDICINE_FACTS } from "./patient-facts";
import { documentSource } from "./source-quotes";
import { RESPIRATORY_RISK_FACTORS_CRITICAL } from "./thresholds";

type Medicine = ScreeningInput["medications"][number];

const RESPIRATORY_DEPRESSANTS: readonly Medicine[] = ["opioid", "benzodiazepine", "sedative-hypnotic"];

const CONDITION_FACTS = labelledFacts("Breathing condition", RESPIRATORY_CONDITION_LABELS);

/** Every respiratory-depression risk factor the patient has, one reason each. */
export function respiratoryRiskFactors(input: ScreeningInput): string[] {
  const factors = factsOf(input.respiratory.conditions, CONDITION_FACTS);
  factors.push(...factsOf(input.medications, MEDICINE_FACTS, RESPIRATORY_DEPRESSANTS));
  if (input.substanceUse.alcohol === "heavy") factors.push("Heavy alcohol use");
  return factors;
}

const RISK_FACTOR_LIST = "a breathing condition (each counts), an opioid, a benzodiazepine, a sedative-hypnotic, heavy alcohol use";

export const respiratoryDepression = defineRule({
  id: "respiratory-depression",
  title: "Respiratory depression",
  summary: "Ketamine can depress breathing; lung disease and other sedating substances add to the risk.",
  levels: {
    critical: {
      when: `${RESPIRATORY_RISK_FACTORS_CRITICAL} or more of: ${RISK_FACTOR_LIST}`,
      summary: "Several respiratory-depression risk factors: review airway support and sedating medicines first.",
      sources: [documentSource("respiratoryDepression")],
    },
    warning: {
      when: `one of: ${RISK_FACTOR_LIST}`,
      summary: "A respiratory-depression risk factor: monitor breathing and oxygen saturation closely.",
      sources: [documentSource("respiratoryDepression")],
    },
  },
  evaluate: (input) => {
    const factors = respiratoryRiskFactors(input);
    return factors.length >= RESPIRATORY_RISK_FACTORS_CRITICAL
      ? highestFinding({ critical: factors })
      : highestFinding({ warning: factors });
  },
});
