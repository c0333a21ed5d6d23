/**
 * Short-term effects every patient is told about (info), raised to a warning or critical when the patient's
 * history makes the effect more likely or more dangerous.
 */
import { GAD7_BAND_LABELS, summariseGad7 } from "../scoring/gad7";
import { defineRule, EVERY_PATIENT, highestFinding } from "./define-rule";
import { historyFact, plannedTreatmentFact } from "./patient-facts";
import { documentSource } from "./source-quotes";
import { standardSource } from "./standard-citations";
import { GAD7_MODERATE_TOTAL } from "./thresholds";

export const dissociation = defineRule({
  id: "dissociation",
  title: "Dissociation",
  summary: "Ketamine can make patients feel disconnected from their body and surroundings.",
  levels: {
    warning: {
      when: "history of psychosis or a dissociative disorder",
      summary: "Dissociation may be harder to tolerate given the psychiatric history: prepare and monitor closely.",
      sources: [documentSource("dissociation")],
    },
    info: {
      when: EVERY_PATIENT,
      summary: "Tell the patient they may feel disconnected from their body and surroundings, usually for a few hours.",
      sources: [documentSource("dissociation")],
    },
  },
  evaluate: (input, context) =>
    highestFinding({
      warning: [
        input.mentalHealth.psychosisHistory && "History of psychosis",
        input.mentalHealth.dissociativeDisorder && "Dissociative disorder",
      ],
      info: [plannedTreatmentFact(input, context)],
    }),
});

export const nauseaVomiting = defineRule({
  id: "nausea-vomiting",
  title: "Nausea and vomiting",
  summary: "Nausea and vomiting are common and usually settle within a few hours.",
  levels: {
    warning: {
      when: "prone to severe nausea (with anaesthesia or travel)",
      summary: "Patient is prone to severe nausea: consider antiemetic prophylaxis and fasting guidance.",
      sources: [documentSource("nauseaVomiting")],
    },
    info: { when: EVERY_PATIENT, summary: "Tell the patient nausea and vomiting are common and usually pass within hours.", sources: [documentSource("nauseaVomiting")] },
  },
  evaluate: (input, context) =>
    highestFinding({
      warning: [input.other.nauseaProne && "Prone to severe nausea with anaesthesia or travel"],
      info: [plannedTreatmentFact(input, context)],
    }),
});

export const dizziness = defineRule({
  id: "dizziness",
  title: "Dizziness",
  summary: "Dizziness is a common short-term effect.",
  levels: {
    warning: {
      when: "at risk of falls",
      summary: "Dizziness with a known fall risk: assist when standing and walking after treatment.",
      sources: [documentSource("dizziness")],
    },
    info: { when: EVERY_PATIENT, summary: "Tell the patient dizziness is common after treatment.", sources: [documentSource("dizziness")] },
  },
  evaluate: (input, context) =>
    highestFinding({
      warning: [input.other.fallRisk && "At risk of falls"],
      info: [plannedTreatmentFact(input, context)],
    }),
});

export const anxiety = defineRule({
  id: "anxiety",
  title: "Anxiety after treatment",
  summary: "Some patients feel anxious after ketamine, usually briefly.",
  levels: {
    warning: {
      when: `anxiety in the past or now, or GAD-7 total ≥ ${GAD7_MODERATE_TOTAL}`,
      summary: "Anxiety after treatment is more likely given the anxiety history or score: prepare and reassure.",
      sources: [documentSource("anxiety"), standardSource("gad7Severity")],
    },
    // The GAD-7 cut-point is behind the warning only: an info flag for a low score must not cite it.
    info: { when: EVERY_PATIENT, summary: "Tell the patient they may feel anxious after treatment, usually briefly.", sources: [documentSource("anxiety")] },
  },
  evaluate: (input, context) => {
    const { anxiety: history, gad7Items } = input.mentalHealth;
    // Totals count only on a complete GAD-7: a partial total understates the score.
    const gad7 = gad7Items === undefined ? null : summariseGad7(gad7Items);
    return highestFinding({
      warning: [
        history !== "none" && historyFact("Anxiety", history),
        gad7?.status === "complete" &&
          gad7.total >= GAD7_MODERATE_TOTAL &&
          `GAD-7 total ${gad7.total} (${GAD7_BAND_LABELS[gad7.band].toLowerCase()} anxiety) is at or above ${GAD7_MODERATE_TOTAL}`,
      ],
      info: [plannedTreatmentFact(input, context)],
    });
  },
});

export const hallucinations = defineRule({
  id: "hallucinations",
  title: "Hallucinations",
  summary: "Ketamine is known to cause hallucinations.",
  levels: {
    critical: {
      when: "history of psychosis",
      summary: "History of psychosis: ketamine can cause hallucinations; justify treatment before proceeding.",
      sources: [documentSource("hallucinations")],
    },
    info: { when: EVERY_PATIENT, summary: "Tell the patient ketamine can cause hallucinations.", sources: [documentSource("hallucinations")] },
  },
  evaluate: (input, context) =>
    highestFinding({
      critical: [input.mentalHealth.psychosisHistory && "History of psychosis"],
      info: [plannedTreatmentFact(input, context)],
    }),
});
