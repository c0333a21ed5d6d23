/**
 * Flags raised for every patient: the document's general cautions that apply to anyone given ketamine.
 * They also guarantee an assessment is never empty, because the app never "clears" a patient.
 */
import { defineRule, EVERY_PATIENT, highestFinding } from "./define-rule";
import { plannedTreatmentFact } from "./patient-facts";
import { documentSource } from "./source-quotes";

export const limitedLongTermData = defineRule({
  id: "limited-long-term-data",
  title: "Limited long-term safety data",
  summary: "Long-term safety of ketamine is not well established; tell the patient.",
  levels: {
    info: {
      when: EVERY_PATIENT,
      summary: "Long-term safety data on ketamine are limited: discuss this uncertainty with the patient.",
      sources: [documentSource("limitedLongTermData")],
    },
  },
  evaluate: (input, context) => highestFinding({ info: [plannedTreatmentFact(input, context)] }),
});

export const confusionDisorientation = defineRule({
  id: "confusion-disorientation",
  title: "Confusion and disorientation after treatment",
  summary: "Confusion and disorientation can follow treatment; arrange an escort home and no driving.",
  levels: {
    info: {
      when: EVERY_PATIENT,
      summary:
        "Confusion and disorientation may follow treatment: arrange an escort home; no driving until the next day.",
      sources: [documentSource("confusionDisorientation")],
    },
  },
  evaluate: (input, context) => highestFinding({ info: [plannedTreatmentFact(input, context)] }),
});

export const closeMonitoringRequired = defineRule({
  id: "close-monitoring-required",
  title: "Close monitoring during and after treatment",
  summary: "Serious side effects, though short-lived, need close monitoring by medical professionals.",
  levels: {
    info: {
      when: EVERY_PATIENT,
      summary: "Monitor the patient closely during and after treatment: serious side effects can be life-threatening.",
      sources: [documentSource("closeMonitoring")],
    },
  },
  evaluate: (input, context) => highestFinding({ info: [plannedTreatmentFact(input, context)] }),
});

export const preTreatmentDiscussion = defineRule({
  id: "pre-treatment-discussion",
  title: "Discuss short- and long-term risks before starting",
  summary: "The patient should know the short- and long-term risks before treatment starts.",
  levels: {
    info: {
      when: EVERY_PATIENT,
      summary: "Discuss the short- and long-term risks with the patient before starting treatment.",
      sources: [documentSource("preTreatmentDiscussion")],
    },
  },
  evaluate: (input, context) => highestFinding({ info: [plannedTreatmentFact(input, context)] }),
});
