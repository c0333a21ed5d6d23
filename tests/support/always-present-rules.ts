import type { RuleId } from "@/lib/rules";

/** The nine rules the catalogue raises for every patient, listed from the specification, not the code. */
export const ALWAYS_PRESENT_RULES: readonly RuleId[] = [
  "limited-long-term-data",
  "dissociation",
  "confusion-disorientation",
  "nausea-vomiting",
  "dizziness",
  "anxiety",
  "hallucinations",
  "close-monitoring-required",
  "pre-treatment-discussion",
];
