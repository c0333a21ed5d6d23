/**
 * The two building blocks every rule module uses, so that each rule reads as data: its levels and sources,
 * and an `evaluate` that lists the patient facts found at each severity.
 */
import { SEVERITIES, type Rule, type RuleFinding, type Severity, type SeverityLevel } from "./types";

/** Builds a rule, deriving `severities` from `levels` so the two cannot disagree. */
export function defineRule(spec: Omit<Rule, "severities">): Rule {
  const severities = SEVERITIES.filter((severity) => spec.levels[severity] !== undefined);
  if (severities.length === 0) throw new Error(`Rule ${spec.id} declares no severity`);
  // Frozen all the way down: flags share these objects, so a caller mutating one must not alter the catalogue.
  const levels = Object.freeze(
    Object.fromEntries(
      severities.map((severity) => {
        const level = spec.levels[severity] as SeverityLevel;
        if (level.sources.length === 0) throw new Error(`Rule ${spec.id} cites no source for ${severity}`);
        const sources = Object.freeze(level.sources.map((source) => Object.freeze({ ...source })));
        return [severity, Object.freeze({ ...level, sources })];
      }),
    ),
  ) as Rule["levels"];
  return Object.freeze({ ...spec, levels, severities: Object.freeze(severities) });
}

/** The trigger text of a level raised for every patient. */
export const EVERY_PATIENT = "every patient";

/** A reason, or `false` when the fact does not hold (so rules can write `condition && "reason"`). */
export type MaybeReason = string | false;

/**
 * The finding at the highest severity that has at least one reason, with the reasons found at that
 * severity; `null` when no severity has any. One flag per rule, at its highest triggered severity.
 */
export function highestFinding(candidates: Readonly<Partial<Record<Severity, readonly MaybeReason[]>>>): RuleFinding | null {
  // Most severe first, as SEVERITIES lists them. Named reads rather than a loop over SEVERITIES: this runs for
  // every rule of every assessment, and reading a computed key from objects of as many shapes as there are rules
  // is what V8 optimises worst.
  return (
    findingAt("critical", candidates.critical) ??
    findingAt("warning", candidates.warning) ??
    findingAt("info", candidates.info)
  );
}

/** The reasons that hold at one severity, as a new array (a flag's reasons are its own); `null` when none. */
function findingAt(severity: Severity, candidates: readonly MaybeReason[] | undefined): RuleFinding | null {
  if (candidates === undefined) return null;
  let reasons: string[] | undefined;
  for (const reason of candidates) {
    if (reason !== false) (reasons ??= []).push(reason);
  }
  return reasons === undefined ? null : { severity, reasons };
}
