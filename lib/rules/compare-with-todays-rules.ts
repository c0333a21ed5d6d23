/**
 * What today's rules would flag differently on a stored screening (issue 8, "Rules versions"). The stored flags
 * stay the record; this only tells the reader that the rules moved on since, and how, so the comparison never
 * changes or replaces them.
 *
 * Screenings recorded under the 2026-11-25 schema were never asked about allergies, other medicines, other
 * conditions or breastfeeding, and some of today's rules read those answers. The rules have no "not asked"
 * answer: every such rule treats a `false` or `"no"` as a real "no" (ketamine-hypersensitivity stays silent on
 * `ketamineHypersensitivity: false`). Assessing with "no" put in would therefore report, for example, that
 * today's rules raise no hypersensitivity flag, on a patient nobody asked. So the comparison does not judge
 * those rules at all: it reports them as not compared, naming the questions that were not asked, and leaves
 * their stored flags out of the differences.
 *
 * Which rules depend on an unasked answer is observed, not listed by hand (./unasked-answer-readers.ts): a rule
 * is pure, so one that completes without reaching any unasked answer gives the same finding whatever those
 * answers would have been; only such rules are compared. `assess` itself needs a complete input, so it runs with
 * placeholder answers, and only the flags of rules proven not to read them are kept: no placeholder can reach
 * the reader.
 */
import type { RecordedScreeningInput } from "../screening/recorded-input";
import type { ScreeningInput } from "../screening/schema";
import { assess } from "./assess";
import { rules } from "./catalogue";
import { diffFlagSets, type FlagSetDiff } from "./flag-set-diff";
import { RULES_VERSION } from "./rules-version";
import type { Flag, RuleId } from "./types";
import { rulesReadingUnaskedAnswers, UNASKED_ANSWERS, type UnaskedAnswer } from "./unasked-answer-readers";

/** A flag as far as the comparison and its reader need it: which rule, how severe, and what it says. */
export type ComparedFlag = Pick<Flag, "ruleId" | "severity" | "summary">;

/**
 * Type-valid answers that let `assess` run; never shown and never compared, because only flags of rules that
 * provably did not read them are kept.
 */
const PLACEHOLDER_ANSWERS: Pick<ScreeningInput, UnaskedAnswer> = {
  allergies: { ketamineHypersensitivity: false, other: [] },
  otherMedicines: [],
  conditions: { raisedIntracranialPressure: false, raisedIntraocularPressure: false, hyperthyroidism: false, liverDisease: false },
  breastfeeding: "not-applicable",
};

/** A rule of today that reads an answer this screening never recorded, so it is left out of the comparison. */
export interface RuleNotCompared {
  readonly ruleId: RuleId;
  readonly title: string;
  /** The unasked questions it reads, in the form's order. */
  readonly unaskedQuestions: readonly string[];
  /** The flag stored for this rule, if any: kept as recorded, neither confirmed nor contradicted. */
  readonly storedFlag: ComparedFlag | undefined;
}

export interface RulesVersionComparison {
  /** The version stored with the screening. */
  readonly assessedWith: string;
  readonly todaysVersion: string;
  /** Stored flags against today's, over the rules that could be compared; "added" means today's rules add it. */
  readonly differences: FlagSetDiff<ComparedFlag>;
  readonly notCompared: readonly RuleNotCompared[];
}

export interface StoredAssessment {
  readonly rulesVersion: string;
  readonly flags: readonly ComparedFlag[];
  readonly input: RecordedScreeningInput;
  /** The screening's day (`YYYY-MM-DD`): today's rules count age on it, as the stored assessment did. */
  readonly on: string;
}

/** `null` when the screening was assessed with today's rules: there is nothing to compare. */
export function compareWithTodaysRules(stored: StoredAssessment): RulesVersionComparison | null {
  if (stored.rulesVersion === RULES_VERSION) return null;

  const unasked = UNASKED_ANSWERS.filter((answer) => stored.input[answer] === undefined);
  const completed: ScreeningInput = { ...PLACEHOLDER_ANSWERS, ...definedAnswers(stored.input) };
  const readers = rulesReadingUnaskedAnswers(completed, unasked, stored.on);

  const storedByRule = new Map(stored.flags.map((flag) => [flag.ruleId, flag]));
  const compared = (flag: ComparedFlag) => !readers.has(flag.ruleId);
  const todays = assess(completed, { on: stored.on }).flags.map(({ ruleId, severity, summary }) => ({ ruleId, severity, summary }));

  return {
    assessedWith: stored.rulesVersion,
    todaysVersion: RULES_VERSION,
    differences: diffFlagSets(stored.flags.filter(compared), todays.filter(compared)),
    notCompared: rules
      .filter((rule) => readers.has(rule.id))
      .map((rule) => ({
        ruleId: rule.id,
        title: rule.title,
        unaskedQuestions: readers.get(rule.id) ?? [],
        storedFlag: storedByRule.get(rule.id),
      })),
  };
}

/** The recorded answers without keys explicitly holding `undefined`, which would hide a placeholder. */
function definedAnswers(input: RecordedScreeningInput): RecordedScreeningInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as RecordedScreeningInput;
}
