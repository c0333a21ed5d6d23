/**
 * The clinician's review of a screening: a decision on each flag that needs one, then an overall outcome and a
 * signature. The vocabularies and the rules of when a note is required and when sign-off may happen live here,
 * as plain functions, so the form, the server and the data layer apply the same ones.
 *
 * The app never proposes an outcome or a decision: nothing here derives one from the flags.
 */
import { needsDecision } from "../rules/flag-summary";
import type { Severity } from "../rules/types";

export const FLAG_DECISIONS = ["proceed", "proceed-with-precautions", "defer", "refer", "not-applicable"] as const;
export type FlagDecision = (typeof FLAG_DECISIONS)[number];

export const FLAG_DECISION_LABELS: Readonly<Record<FlagDecision, string>> = {
  proceed: "Proceed",
  "proceed-with-precautions": "Proceed with precautions",
  defer: "Defer treatment",
  refer: "Refer",
  "not-applicable": "Not applicable to this patient",
};

export const OUTCOMES = ["cleared", "cleared-with-precautions", "deferred", "not-cleared"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  cleared: "Cleared for treatment",
  "cleared-with-precautions": "Cleared with precautions",
  deferred: "Deferred",
  "not-cleared": "Not cleared",
};

/**
 * Setting a flag aside says why (CDS Hooks asks for an override reason): proceeding despite a critical flag, and
 * judging any flag not applicable, need a note.
 */
export function noteRequired(decision: FlagDecision, severity: Severity): boolean {
  return decision === "not-applicable" || (decision === "proceed" && severity === "critical");
}

export function noteRequiredMessage(decision: FlagDecision): string {
  return decision === "not-applicable"
    ? "Say why this flag does not apply to this patient"
    : "Say why treatment can proceed despite this critical flag";
}

export interface ReviewableFlag {
  readonly id: string;
  readonly severity: Severity;
  readonly decision: FlagDecision | null;
}

/** The flags that still need a decision before the screening can be signed, in their order. */
export function undecidedFlags<F extends ReviewableFlag>(flags: readonly F[]): F[] {
  return flags.filter((flag) => needsDecision(flag.severity) && flag.decision === null);
}

export type SignOffReadiness<F extends ReviewableFlag> =
  | { readonly ready: true }
  | { readonly ready: false; readonly undecided: readonly F[] };

/** Sign-off needs a decision on every critical and warning flag; a screening without such flags is ready. */
export function signOffReadiness<F extends ReviewableFlag>(flags: readonly F[]): SignOffReadiness<F> {
  const undecided = undecidedFlags(flags);
  return undecided.length === 0 ? { ready: true } : { ready: false, undecided };
}
