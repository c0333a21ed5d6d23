/**
 * Each stored flag as a FHIR R4 RiskAssessment: the rule that raised it (code, in the app's rule code system),
 * the rules version (method), the severity as the prediction's qualitative risk, the answers and measurements it
 * rests on (basis), the clinician's decision (mitigation), and its reasons and sources word for word (notes).
 *
 * Status is `final`: a stored flag is the rules' finished assessment and never changes; the review travels in
 * the mitigation, the notes and the signature's Provenance.
 */
import type { Annotation, Patient, QuestionnaireResponse, Reference, RiskAssessment } from "@medplum/fhirtypes";

import { FLAG_DECISION_LABELS } from "../../review/decisions";
import type { RuleId, Severity } from "../../rules/types";
import type { AppSystems } from "./codes";
import type { ExportableFlag } from "./exportable-screening";
import { markdownText } from "./markdown";
import type { ObservationRole } from "./observations";

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { critical: "Critical", warning: "Warning", info: "Info" };

/** A resource of the bundle that a flag can rest on besides the QuestionnaireResponse. */
export type BasisRole = { readonly observation: ObservationRole } | { readonly allergy: "ketamine" };

/**
 * The measurements and allergy each rule reads (see lib/rules): tests/unit/exports/fhir-basis.test.ts watches
 * the rules' reads of the vital signs and questionnaire items so this cannot silently fall behind. Every other
 * rule reads answers only, which the QuestionnaireResponse holds. A flag of a rule retired since simply rests on
 * the QuestionnaireResponse.
 */
export const RULE_BASIS: Readonly<Partial<Record<RuleId, readonly BasisRole[]>>> = {
  "baseline-bp-elevated": [{ observation: "blood-pressure" }],
  "baseline-tachycardia": [{ observation: "heart-rate" }],
  "depression-worsening": [{ observation: "phq9-total" }],
  anxiety: [{ observation: "gad7-total" }],
  "ketamine-hypersensitivity": [{ allergy: "ketamine" }],
};

export interface RiskAssessmentContext {
  readonly subject: Reference<Patient>;
  readonly occurrence: Date;
  readonly rulesVersion: string;
  readonly questionnaireResponse: Reference<QuestionnaireResponse>;
  /** The bundle's reference to a basis resource; undefined when the screening has none (e.g. no PHQ-9 total). */
  readonly basisReference: (role: BasisRole) => Reference | undefined;
}

const attribution = (who: { name: string; at: Date }) => `${who.name}, ${who.at.toISOString()}`;

function notesOf(flag: ExportableFlag): Annotation[] {
  const texts = [
    ...flag.reasons.map((reason) => `Reason: ${reason}`),
    ...flag.source.map((source) => (source.kind === "document" ? `Source document: “${source.quote}”` : `Clinical standard: ${source.citation}`)),
    ...(flag.decision === null ? [] : [`Decision recorded by ${attribution(flag.decision)}`]),
    ...(flag.discussed === null ? [] : [`Discussed with the patient, recorded by ${attribution(flag.discussed)}`]),
  ];
  return texts.map((text) => ({ text: markdownText(text) }));
}

export function flagRiskAssessment(systems: AppSystems, flag: ExportableFlag, context: RiskAssessmentContext): RiskAssessment {
  const basis = [
    context.questionnaireResponse,
    // A stored flag may carry a rule id retired since: only the map's own entries count.
    ...((Object.hasOwn(RULE_BASIS, flag.ruleId) ? RULE_BASIS[flag.ruleId] : undefined) ?? []).flatMap((role) => context.basisReference(role) ?? []),
  ];
  const decision = flag.decision;
  return {
    resourceType: "RiskAssessment",
    status: "final",
    method: {
      coding: [{ system: systems.rulesVersion, code: context.rulesVersion }],
      text: `Ketamine pre-treatment screening rules ${context.rulesVersion}`,
    },
    code: { coding: [{ system: systems.rule, code: flag.ruleId }], text: flag.summary },
    subject: context.subject,
    occurrenceDateTime: context.occurrence.toISOString(),
    basis,
    prediction: [
      {
        qualitativeRisk: {
          coding: [{ system: systems.flagSeverity, code: flag.severity, display: SEVERITY_LABELS[flag.severity] }],
          text: SEVERITY_LABELS[flag.severity],
        },
      },
    ],
    ...(decision === null
      ? {}
      : { mitigation: decision.note === null ? FLAG_DECISION_LABELS[decision.decision] : `${FLAG_DECISION_LABELS[decision.decision]}: ${decision.note}` }),
    note: notesOf(flag),
  };
}
