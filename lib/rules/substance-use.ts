/**
 * Addiction and tolerance: the document calls ketamine addiction "a serious risk" and says regular use builds
 * tolerance. Current or regular misuse must be addressed first; past or occasional misuse needs precautions.
 */
import { defineRule, highestFinding } from "./define-rule";
import { historyFact, ketamineUseFact } from "./patient-facts";
import { documentSource } from "./source-quotes";

export const addictionTolerance = defineRule({
  id: "addiction-tolerance",
  title: "Addiction and tolerance",
  summary: "Ketamine can be addictive, and regular use builds tolerance.",
  levels: {
    critical: {
      when: "current substance-use disorder or regular non-medical ketamine use",
      summary: "Current substance-use disorder or regular ketamine misuse: address before treatment.",
      sources: [documentSource("addiction"), documentSource("tolerance")],
    },
    warning: {
      when: "past substance-use disorder, occasional non-medical ketamine use or heavy alcohol use",
      summary: "Substance-use history: watch for misuse and tolerance; limit take-home doses.",
      sources: [documentSource("addiction"), documentSource("tolerance")],
    },
  },
  evaluate: (input) => {
    const { disorder, ketamineUse, alcohol } = input.substanceUse;
    return highestFinding({
      critical: [
        disorder === "current" && historyFact("Substance-use disorder", disorder),
        ketamineUse === "regular-non-medical" && ketamineUseFact(input),
      ],
      warning: [
        disorder === "past" && historyFact("Substance-use disorder", disorder),
        ketamineUse === "occasional-non-medical" && ketamineUseFact(input),
        alcohol === "heavy" && "Heavy alcohol use",
      ],
    });
  },
});
