import type { RuleId } from "@/lib/rules/types";

/**
 * The in-page id of a flag on the result page, e.g. `flag-baseline-bp-elevated`: the summary at the top links to
 * it. Built from the rule id, which is unique within an assessment (one flag per rule) and holds no patient data,
 * so the fragment in the address bar tells nothing about the patient.
 */
export function flagAnchorId(ruleId: RuleId): string {
  return `flag-${ruleId}`;
}
