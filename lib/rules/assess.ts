/**
 * Runs every rule over one screening and returns the flags a clinician reviews. There is deliberately no
 * "cleared" or "no risk" outcome: the always-present counselling flags mean the list is never empty.
 */
import { todayIsoDate } from "../screening/calendar-date";
import type { ScreeningInput } from "../screening/schema";
import { rules } from "./catalogue";
import { RULES_VERSION } from "./rules-version";
import type { Assessment, AssessmentContext, Flag, FlagSource, Rule, RuleFinding, RuleId, Severity } from "./types";

export interface AssessOptions {
  /** The day of the screening (`YYYY-MM-DD`), on which age is counted; today when absent. */
  readonly on?: string;
}

/** Everything in a flag but its reasons: fixed for a rule at one severity, so built once. */
interface FlagHead {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly summary: string;
  readonly source: readonly FlagSource[];
}

/**
 * What assess() reads of a rule: its code, and the head of its flag at each severity (`undefined` when the rule
 * cannot raise it). Copied out of the catalogue because the catalogue's frozen rule and level objects nearly
 * all have hidden classes of their own in V8 (21 for the 30 rules, 36 for the 46 levels), so reading
 * `rule.evaluate` or `level.summary` across them is a megamorphic lookup, for every rule of every assessment.
 * The objects below are built by one literal each and share one class, which V8 reads directly.
 */
interface RuleRun {
  readonly id: RuleId;
  readonly evaluate: Rule["evaluate"];
  readonly critical: FlagHead | undefined;
  readonly warning: FlagHead | undefined;
  readonly info: FlagHead | undefined;
}

function flagHead(rule: Rule, severity: Severity): FlagHead | undefined {
  const level = rule.levels[severity];
  return level && { ruleId: rule.id, severity, summary: level.summary, source: level.sources };
}

const RULE_RUNS: readonly RuleRun[] = rules.map((rule) => ({
  id: rule.id,
  evaluate: rule.evaluate,
  critical: flagHead(rule, "critical"),
  warning: flagHead(rule, "warning"),
  info: flagHead(rule, "info"),
}));

/** The flag a finding raises: its rule's head at the finding's severity, with the finding's reasons. */
function flagOf({ id, critical, warning, info }: RuleRun, { severity, reasons }: RuleFinding): Flag {
  // Named reads rather than `run[severity]`: a key that varies makes V8 look it up the slow way.
  const head = severity === "critical" ? critical : severity === "warning" ? warning : info;
  // A rule raising a severity it does not declare is a bug in the rule; failing loudly beats a wrong flag.
  if (head === undefined) throw new Error(`Rule ${id} raised undeclared severity ${severity}`);
  return { ruleId: head.ruleId, severity: head.severity, summary: head.summary, reasons, source: head.source };
}

/**
 * Assesses a screening that has already been parsed by `screeningInputSchema`. Pure and deterministic for a
 * given day: the same input and `on` give an equal assessment (a stored screening is re-assessed as of its own
 * day). Flags come out critical, then warning, then info, each group in catalogue order: rules run in catalogue
 * order and each flag is appended to its severity's group, so no sort is needed.
 */
export function assess(input: ScreeningInput, options?: AssessOptions): Assessment {
  // Every shared entry named from the start: the object keeps one hidden class while rules fill it in.
  const shared = { phq9: undefined, plannedTreatment: undefined };
  const context: AssessmentContext = { on: options?.on ?? todayIsoDate(), shared };
  const critical: Flag[] = [];
  const warning: Flag[] = [];
  const info: Flag[] = [];
  for (const run of RULE_RUNS) {
    const finding = run.evaluate(input, context);
    if (finding === null) continue;
    const flag = flagOf(run, finding);
    if (flag.severity === "critical") critical.push(flag);
    else if (flag.severity === "warning") warning.push(flag);
    else info.push(flag);
  }
  // Appended one by one rather than concatenated: concat is a call into V8's runtime, push is compiled inline.
  const flags = critical;
  for (const flag of warning) flags.push(flag);
  for (const flag of info) flags.push(flag);
  return { rulesVersion: RULES_VERSION, flags };
}
