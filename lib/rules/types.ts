/**
 * Risk flags, shaped after the CDS Hooks card (summary, indicator, source): see
 * https://cds-hooks.hl7.org/2.0/#card-attributes. The severity words are the card's `indicator` values.
 */
import type { Phq9Summary } from "../scoring/phq9";
import type { ItemAnswer } from "../scoring/questionnaire-items";
import type { ScreeningInput } from "../screening/schema";

/**
 * - `critical`: must be resolved or justified before treatment.
 * - `warning`: needs the clinician's attention and precautions.
 * - `info`: counselling; the patient should know.
 */
export type Severity = "critical" | "warning" | "info";

export const SEVERITIES = ["critical", "warning", "info"] as const satisfies readonly Severity[];

/** Where a flag comes from: a verbatim sentence of the source document, or a named clinical standard. */
export type FlagSource =
  | { readonly kind: "document"; readonly quote: string }
  | { readonly kind: "standard"; readonly citation: string };

export interface Flag {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly summary: string;
  /** The patient facts that raised the flag at this severity, in words. */
  readonly reasons: readonly string[];
  readonly source: readonly FlagSource[];
}

export interface Assessment {
  readonly rulesVersion: string;
  /** Sorted critical, warning, info; one flag per rule. */
  readonly flags: readonly Flag[];
}

export type RuleId =
  | "limited-long-term-data"
  | "dissociation"
  | "confusion-disorientation"
  | "nausea-vomiting"
  | "dizziness"
  | "anxiety"
  | "hallucinations"
  | "close-monitoring-required"
  | "pre-treatment-discussion"
  | "bp-hr-cardiac-history"
  | "baseline-bp-elevated"
  | "baseline-tachycardia"
  | "arrhythmia"
  | "vascular-contraindication"
  | "bp-raising-medications"
  | "respiratory-depression"
  | "depression-worsening"
  | "suicidal-ideation"
  | "addiction-tolerance"
  | "urinary-bladder"
  | "memory-learning"
  | "psychiatric-disorders-long-term"
  | "pregnancy"
  | "ketamine-hypersensitivity"
  | "raised-intracranial-pressure"
  | "raised-intraocular-pressure"
  | "hyperthyroidism"
  | "liver-disease"
  | "breastfeeding"
  | "age-under-18";

/** A rule's verdict for one patient: the severity it raised and why, or nothing. */
export interface RuleFinding {
  readonly severity: Severity;
  readonly reasons: readonly string[];
}

/** What raises a rule to one severity, and what its flag says at that severity. */
export interface SeverityLevel {
  /** The trigger in words, thresholds included (e.g. "systolic ≥ 140 or diastolic ≥ 90 mmHg"). */
  readonly when: string;
  /** The flag's one-line summary at this severity (a CDS Hooks card summary: under 140 characters). */
  readonly summary: string;
  /**
   * What this severity rests on: a flag cites only the sources behind the level it raised (an info-level
   * anxiety flag does not cite the GAD-7 cut-point its patient did not reach).
   */
  readonly sources: readonly FlagSource[];
}

/** What a rule knows besides the patient's answers. */
export interface AssessmentContext {
  /** The day of the screening (`YYYY-MM-DD`): age is counted on it. */
  readonly on: string;
  /**
   * Room for what more than one rule derives from the same answers, so one assessment derives it once. assess()
   * gives each call a new one and keeps none (the input may change between calls); a caller evaluating a single
   * rule may leave it out, and the rule then derives afresh.
   */
  readonly shared?: SharedDerivations;
}

/** Each entry records the answers it was derived from, and is used only for those very answers. */
export interface SharedDerivations {
  phq9?: { readonly items: readonly ItemAnswer[]; readonly summary: Phq9Summary };
  plannedTreatment?: { readonly plan: ScreeningInput["plannedTreatment"]; readonly fact: string };
}

export interface Rule {
  readonly id: RuleId;
  readonly title: string;
  /** What the rule is about, whatever the severity (for the catalogue). */
  readonly summary: string;
  /** The severities the rule can raise, most severe first; exactly the keys of `levels`. */
  readonly severities: readonly Severity[];
  readonly levels: Readonly<Partial<Record<Severity, SeverityLevel>>>;
  /** Pure: the same input and day always give the same finding. `null` when the rule does not apply. */
  readonly evaluate: (input: ScreeningInput, context: AssessmentContext) => RuleFinding | null;
}

/** What the catalogue shows of a rule: everything but its code. */
export type RuleDescription = Omit<Rule, "evaluate">;
