/**
 * How a screening's flags divide for the clinician who reads the result: the critical and warning flags each need
 * a decision before treatment (see the severities in ./types), the info flags are counselling points to go through
 * with the patient. The result page leads with the first group so that the few flags needing a decision are not
 * buried under the counselling flags every patient gets.
 *
 * Nothing here judges the patient: with no flag needing a decision the summary says only that, never that the
 * patient is cleared (the app never clears a patient).
 */
import type { Flag, Severity } from "./types";

/** The severities that take the clinician's decision, most severe first. */
export const DECISION_SEVERITIES = ["critical", "warning"] as const satisfies readonly Severity[];

export type DecisionSeverity = (typeof DECISION_SEVERITIES)[number];

export function needsDecision(severity: Severity): severity is DecisionSeverity {
  return (DECISION_SEVERITIES as readonly Severity[]).includes(severity);
}

/** A flag known to need a decision: its severity narrowed to critical or warning. */
export type DecisionFlag<F extends Pick<Flag, "severity">> = F & { readonly severity: DecisionSeverity };

export interface FlagSummary<F extends Pick<Flag, "severity">> {
  /** How many flags need a decision, per severity (zero when none). */
  readonly counts: Readonly<Record<DecisionSeverity, number>>;
  /** Critical flags, then warning flags, each group in the order given. */
  readonly decisionFlags: readonly DecisionFlag<F>[];
  /** Info flags in the order given. */
  readonly counsellingFlags: readonly F[];
}

/**
 * Divides flags into those needing a decision and the counselling ones. Every flag lands in exactly one group;
 * the order within a severity is kept (stored flags are in catalogue order), so the page reads the same way as
 * the assessment. Works on any flag shape with a severity (stored flags carry an id besides).
 */
export function summariseFlags<F extends Pick<Flag, "severity">>(flags: readonly F[]): FlagSummary<F> {
  const bySeverity = (severity: DecisionSeverity) =>
    flags.filter((flag): flag is DecisionFlag<F> => flag.severity === severity);
  const critical = bySeverity("critical");
  const warning = bySeverity("warning");
  return {
    counts: { critical: critical.length, warning: warning.length },
    decisionFlags: [...critical, ...warning],
    counsellingFlags: flags.filter((flag) => !needsDecision(flag.severity)),
  };
}
