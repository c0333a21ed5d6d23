/**
 * Risk flags, shaped after the CDS Hooks card (summary, indicator, source): see
 * https://cds-hooks.hl7.org/2.0/#card-attributes. The severity words are the card's `indicator` values.
 */
import type { ScreeningInput } from "../screening/schema";

/**
 * - `critical`: must be resolved or justified before treatment.
 * - `warning`: needs the clinician's attention and precautions.
 * - `info`: counselling; the patient should know.
 */
export type Severity = "critical" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["critical", "warning", "info"];

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
  | "pregnancy";

/** A rule's verdict for one patient: the severity it raised and why, or nothing. */
export interface RuleFinding {
  readonly severity: Severity;
  readonly reasons: readonly string[];
}

export interface Rule {
  readonly id: RuleId;
  readonly title: string;
  readonly summary: string;
  readonly severities: readonly Severity[];
  readonly sources: readonly FlagSource[];
  readonly evaluate: (input: ScreeningInput) => RuleFinding | null;
}

/** What the catalogue shows of a rule: everything but its code. */
export type RuleDescription = Omit<Rule, "evaluate">;
