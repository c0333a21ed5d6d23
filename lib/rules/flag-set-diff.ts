/**
 * What differs between two sets of flags, rule by rule: flags raised only in the later set, flags gone from it,
 * and flags whose severity moved. Used wherever two assessments are compared: a stored screening against what
 * today's rules would flag, an amendment against the version it amends, and one screening of a patient against
 * the next. Reasons and sources are not compared: the same rule at the same severity is the same flag to the
 * reader, and the page shows each flag's current reasons anyway.
 */
import { SEVERITIES, type RuleId, type Severity } from "./types";

export interface FlagKey {
  readonly ruleId: RuleId;
  readonly severity: Severity;
}

export interface SeverityChange {
  readonly ruleId: RuleId;
  readonly from: Severity;
  readonly to: Severity;
}

export interface FlagSetDiff<F extends FlagKey> {
  /** In the later set only, most severe first. */
  readonly added: readonly F[];
  /** In the earlier set only, most severe first. */
  readonly removed: readonly F[];
  /** In both at different severities, ordered by the later severity. */
  readonly severityChanged: readonly SeverityChange[];
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
const bySeverity = <F extends FlagKey>(a: F, b: F) => rank(a.severity) - rank(b.severity);

/** Compares by rule id; each set holds at most one flag per rule (as `assess` and the Flag table guarantee). */
export function diffFlagSets<F extends FlagKey>(before: readonly F[], after: readonly F[]): FlagSetDiff<F> {
  const earlier = new Map(before.map((flag) => [flag.ruleId, flag]));
  const later = new Map(after.map((flag) => [flag.ruleId, flag]));
  const severityChanged: SeverityChange[] = [];
  for (const flag of after) {
    const was = earlier.get(flag.ruleId);
    if (was && was.severity !== flag.severity) severityChanged.push({ ruleId: flag.ruleId, from: was.severity, to: flag.severity });
  }
  return {
    added: after.filter((flag) => !earlier.has(flag.ruleId)).sort(bySeverity),
    removed: before.filter((flag) => !later.has(flag.ruleId)).sort(bySeverity),
    severityChanged: severityChanged.sort((a, b) => rank(a.to) - rank(b.to)),
  };
}

export function isEmptyDiff(diff: FlagSetDiff<FlagKey>): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.severityChanged.length === 0;
}
