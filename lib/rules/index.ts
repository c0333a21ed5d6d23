/**
 * The rules module's public face: assess a screening, list the rules, and the version that stamps assessments.
 */
export { assess, type AssessOptions } from "./assess";
export { ruleCatalogue } from "./catalogue";
export { mergeCitations, quoteCitations, type QuoteCitation } from "./quote-citations";
export { RULES_VERSION } from "./rules-version";
export { SEVERITIES } from "./types";
export type {
  Assessment,
  AssessmentContext,
  Flag,
  FlagSource,
  Rule,
  RuleDescription,
  RuleFinding,
  RuleId,
  Severity,
  SeverityLevel,
} from "./types";
