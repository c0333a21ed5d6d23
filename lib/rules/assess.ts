/**
 * Runs every rule over one screening and returns the flags a clinician reviews. There is deliberately no
 * "cleared" or "no risk" outcome: the always-present counselling flags mean the list is never empty.
 */
import { todayIsoDate } from "../screening/calendar-date";
import type { ScreeningInput } from "../screening/schema";
import { rules } from "./catalogue";
import { RULES_VERSION } from "./rules-version";
import type { Assessment, AssessmentContext, Flag, Rule, SeverityLevel } from "./types";

export interface AssessOptions {
  /** The day of the screening (`YYYY-MM-DD`), on which age is counted; today when absent. */
  readonly on?: string;
}

/**
 * Each rule's levels with every severity present (`undefined` when the rule cannot raise it). Built once because
 * looking a severity up in `rule.levels` itself is slow on the hot path: those objects have a different set of
 * keys per rule, so V8 cannot specialise the lookup, whereas objects of one shape here can.
 */
interface LevelsBySeverity {
  readonly critical: SeverityLevel | undefined;
  readonly warning: SeverityLevel | undefined;
  readonly info: SeverityLevel | undefined;
}

const RULE_LEVELS: readonly (readonly [Rule, LevelsBySeverity])[] = rules.map((rule) => [
  rule,
  { critical: rule.levels.critical, warning: rule.levels.warning, info: rule.levels.info },
]);

/**
 * Assesses a screening that has already been parsed by `screeningInputSchema`. Pure and deterministic for a
 * given day: the same input and `on` give an equal assessment (a stored screening is re-assessed as of its own
 * day). Flags come out critical, then warning, then info, each group in catalogue order: rules run in catalogue
 * order and each flag is appended to its severity's group, so no sort is needed.
 */
export function assess(input: ScreeningInput, options?: AssessOptions): Assessment {
  const context: AssessmentContext = { on: options?.on ?? todayIsoDate(), shared: {} };
  const critical: Flag[] = [];
  const warning: Flag[] = [];
  const info: Flag[] = [];
  for (const [rule, levels] of RULE_LEVELS) {
    const finding = rule.evaluate(input, context);
    if (finding === null) continue;
    const { severity, reasons } = finding;
    const level = levels[severity];
    // A rule raising a severity it does not declare is a bug in the rule; failing loudly beats a wrong flag.
    if (level === undefined) throw new Error(`Rule ${rule.id} raised undeclared severity ${severity}`);
    const flag: Flag = { ruleId: rule.id, severity, summary: level.summary, reasons, source: level.sources };
    if (severity === "critical") critical.push(flag);
    else if (severity === "warning") warning.push(flag);
    else info.push(flag);
  }
  return { rulesVersion: RULES_VERSION, flags: critical.concat(warning, info) };
}
