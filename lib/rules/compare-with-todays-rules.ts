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
 * Which rules depend on an unasked answer is observed, not listed by hand (a list would go stale when a rule
 * starts reading one of those answers): each rule runs once on the recorded input with the unasked answers
 * behind a read-tracking proxy. A rule is pure, so a rule that completed without reading any unasked answer
 * gives the same finding whatever those answers would have been; only such rules are compared. `assess`
 * itself needs a complete input, so it runs with placeholder answers, and only the flags of rules proven not
 * to read them are kept: no placeholder can reach the reader.
 */
import type { RecordedScreeningInput } from "../screening/recorded-input";
import type { ScreeningInput } from "../screening/schema";
import { QUESTIONS } from "../screening/questions";
import { assess } from "./assess";
import { rules } from "./catalogue";
import { diffFlagSets, type FlagSetDiff } from "./flag-set-diff";
import { RULES_VERSION } from "./rules-version";
import type { Flag, RuleId } from "./types";

/** A flag as far as the comparison and its reader need it: which rule, how severe, and what it says. */
export type ComparedFlag = Pick<Flag, "ruleId" | "severity" | "summary">;

/** Answers the current schema requires and a screening recorded under an earlier schema may lack. */
type UnaskedFact = {
  [K in keyof ScreeningInput]-?: undefined extends ScreeningInput[K]
    ? never
    : undefined extends RecordedScreeningInput[K]
      ? K
      : never;
}[keyof ScreeningInput];

/** The form's questions behind each answer an earlier schema did not ask; exhaustive by type. */
const UNASKED_FACT_QUESTIONS: Readonly<Record<UnaskedFact, readonly string[]>> = {
  allergies: [QUESTIONS.ketamineHypersensitivity, "Other allergies"],
  otherMedicines: ["Other medicines"],
  conditions: [
    QUESTIONS.raisedIntracranialPressure,
    QUESTIONS.raisedIntraocularPressure,
    QUESTIONS.hyperthyroidism,
    QUESTIONS.liverDisease,
  ],
  breastfeeding: [QUESTIONS.breastfeeding],
};

const UNASKED_FACTS = Object.keys(UNASKED_FACT_QUESTIONS) as UnaskedFact[];

/**
 * Type-valid answers that let `assess` run; never shown and never compared, because only flags of rules that
 * provably did not read them are kept.
 */
const PLACEHOLDER_ANSWERS: Pick<ScreeningInput, UnaskedFact> = {
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

  const unasked = UNASKED_FACTS.filter((fact) => stored.input[fact] === undefined);
  const completed: ScreeningInput = { ...PLACEHOLDER_ANSWERS, ...definedAnswers(stored.input) };
  const readers = rulesReadingUnasked(completed, unasked, stored.on);

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
        unaskedQuestions: unasked.filter((fact) => readers.get(rule.id)?.has(fact)).flatMap((fact) => UNASKED_FACT_QUESTIONS[fact]),
        storedFlag: storedByRule.get(rule.id),
      })),
  };
}

/** The recorded answers without keys explicitly holding `undefined`, which would hide a placeholder. */
function definedAnswers(input: RecordedScreeningInput): RecordedScreeningInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as RecordedScreeningInput;
}

/**
 * Each rule that touches an unasked answer while evaluating this input, with the answers it touched. Any way of
 * reaching one counts (reading it, testing for it, listing the input's keys), so a rule cannot depend on an
 * unasked answer without being caught.
 */
function rulesReadingUnasked(input: ScreeningInput, unasked: readonly UnaskedFact[], on: string): Map<RuleId, Set<UnaskedFact>> {
  const readers = new Map<RuleId, Set<UnaskedFact>>();
  if (unasked.length === 0) return readers;
  const isUnasked = (key: string | symbol): key is UnaskedFact => unasked.includes(key as UnaskedFact);
  for (const rule of rules) {
    const touched = new Set<UnaskedFact>();
    const tracked = new Proxy(input, {
      get: (target, key, receiver) => {
        if (isUnasked(key)) touched.add(key);
        return Reflect.get(target, key, receiver);
      },
      has: (target, key) => {
        if (isUnasked(key)) touched.add(key);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (isUnasked(key)) touched.add(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: (target) => {
        for (const fact of unasked) touched.add(fact);
        return Reflect.ownKeys(target);
      },
    });
    rule.evaluate(tracked, { on });
    if (touched.size > 0) readers.set(rule.id, touched);
  }
  return readers;
}
