/**
 * The words of the yes/no questions whose answers the rules quote. The form labels its questions with these
 * (lib/screening/field-labels.ts) and the rules' reasons repeat them, so a flag says exactly what
 * the clinician was asked and answered, never more (a "bladder problems" answer is not "recurrent cystitis").
 */
export const QUESTIONS = {
  bladderHistory: "History of bladder problems",
  currentUrinarySymptoms: "Current urinary symptoms",
  ketamineHypersensitivity: "Known hypersensitivity (allergy) to ketamine or esketamine",
  priorKetamineReaction: "Past adverse reaction to ketamine",
  raisedIntracranialPressure: "Raised intracranial pressure, or a recent head injury",
  raisedIntraocularPressure: "Raised intraocular pressure (glaucoma or an eye injury)",
  hyperthyroidism: "Hyperthyroidism (overactive thyroid)",
  liverDisease: "Liver disease",
  breastfeeding: "Breastfeeding",
} as const;
