/**
 * Runs every rule over one screening and returns the flags a clinician reviews. There is deliberately no
 * "cleared" or "no risk" outcome: the always-present counselling flags mean the list is never empty.
 */
import { todayIsoDate } from "../screening/calendar-date";
import type { ScreeningInput } from "../screening/schema";
import { rules } from "./catalogue";
import { RULES_VERSION } from "./rules-version";
import type { Assessment, Flag } from "./types";

export interface AssessOptions {
  /** The day of the screening (`YYYY-MM-DD`), on which age is counted; today when absent. */
  readonly on?: string;
}

/**
 * Assesses a screening that has already been parsed by `screeningInputSchema`. Pure and deterministic for a
 * given day: the same input and `on` give an equal assessment (a stored screening is re-assessed as of its own
 * day). Flags come out critical, then warning, then info, each group in catalogue order: rules run in catalogue
 * order and each flag is appended to its severity's group, so no sort is needed.
 */
export function assess(input: ScreeningInput, options: AssessOptions = {}): Assessment {
  const context = { on: options.on ?? todayIsoDate() };
  const critical: Flag[] = [];
  const warning: Flag[] = [];
  const info: Flag[] = [];
  const groups = { critical, warning, info };
  for (const rule of rules) {
    const finding = rule.evaluate(input, context);
    if (finding === null) continue;
    const level = rule.levels[finding.severity];
    // A rule raising a severity it does not declare is a bug in the rule; failing loudly beats a wrong flag.
    if (level === undefined) throw new Error(`Rule ${rule.id} raised undeclared severity ${finding.severity}`);
    groups[finding.severity].push({
      ruleId: rule.id,
      severity: finding.severity,
      summary: level.summary,
      reasons: finding.reasons,
      source: level.sources,
    });
  }
  return { rulesVersion: RULES_VERSION, flags: [...critical, ...warning, ...info] };
}
