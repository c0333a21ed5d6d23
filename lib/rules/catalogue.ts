/**
 * Every rule, in catalogue order: the order of the screening specification's table, which is also the order of
 * flags within one severity. Adding, removing or changing a rule changes the rules version (see rules-version.ts).
 */
import { anxiety, dissociation, dizziness, hallucinations, nauseaVomiting } from "./acute-effects";
import { closeMonitoringRequired, confusionDisorientation, limitedLongTermData, preTreatmentDiscussion } from "./always";
import {
  arrhythmia,
  baselineBpElevated,
  baselineTachycardia,
  bpHrCardiacHistory,
  bpRaisingMedications,
  vascularContraindication,
} from "./cardiovascular";
import { memoryLearning, psychiatricDisordersLongTerm, urinaryBladder } from "./long-term-use";
import { depressionWorsening, suicidalIdeation } from "./mental-health";
import {
  ageUnder18,
  breastfeeding,
  hyperthyroidism,
  ketamineHypersensitivity,
  liverDisease,
  raisedIntracranialPressure,
  raisedIntraocularPressure,
} from "./other-conditions";
import { pregnancy } from "./pregnancy";
import { respiratoryDepression } from "./respiratory";
import { addictionTolerance } from "./substance-use";
import type { Rule, RuleDescription } from "./types";

export const rules: readonly Rule[] = Object.freeze([
  limitedLongTermData,
  dissociation,
  confusionDisorientation,
  nauseaVomiting,
  dizziness,
  anxiety,
  hallucinations,
  closeMonitoringRequired,
  preTreatmentDiscussion,
  bpHrCardiacHistory,
  baselineBpElevated,
  baselineTachycardia,
  arrhythmia,
  vascularContraindication,
  bpRaisingMedications,
  respiratoryDepression,
  depressionWorsening,
  suicidalIdeation,
  addictionTolerance,
  urinaryBladder,
  memoryLearning,
  psychiatricDisordersLongTerm,
  pregnancy,
  ketamineHypersensitivity,
  raisedIntracranialPressure,
  raisedIntraocularPressure,
  hyperthyroidism,
  liverDisease,
  breastfeeding,
  ageUnder18,
]);

/** The rules without their code: plain data for display, docs and the version fingerprint. */
export const ruleCatalogue: readonly RuleDescription[] = Object.freeze(
  rules.map((rule): RuleDescription => {
    // Listing the fields (rather than omitting `evaluate`) keeps any future code-valued field out of the data.
    const { id, title, summary, severities, levels } = rule;
    return Object.freeze({ id, title, summary, severities, levels });
  }),
);
