/**
 * What changed between two versions of a screening (an amendment and the version it amends): the answers,
 * field by field, named and ordered as the form names and orders them; the flags, as `diffFlagSets` compares
 * them; and the clinician's decisions, rule by rule. Plain data in, plain data out: the result page renders it.
 */
import { FLAG_DECISION_LABELS, type FlagDecision } from "../review/decisions";
import { diffFlagSets, isEmptyDiff, type FlagKey, type FlagSetDiff } from "../rules/flag-set-diff";
import type { RuleId } from "../rules/types";

import { labelOf, orderOf } from "./field-labels";
import {
  ALCOHOL_USE_LABELS,
  BREASTFEEDING_LABELS,
  CARDIOVASCULAR_CONDITION_LABELS,
  HISTORY_LABELS,
  HYPERTENSION_LABELS,
  KETAMINE_USE_LABELS,
  MEDICATION_LABELS,
  PREGNANCY_LABELS,
  RESPIRATORY_CONDITION_LABELS,
  ROUTE_LABELS,
  SEX_AT_BIRTH_LABELS,
  TREATMENT_COURSE_LABELS,
} from "./options";
import { ADDED_FACTS, type RecordedScreeningInput } from "./recorded-input";

/** A flag as a version holds it, with the clinician's decision on it (null until decided, or never). */
export interface VersionFlag extends FlagKey {
  readonly summary: string;
  readonly decision: { readonly decision: FlagDecision; readonly note: string | null } | null;
}

export interface ScreeningVersion<F extends VersionFlag = VersionFlag> {
  readonly input: RecordedScreeningInput;
  readonly flags: readonly F[];
}

/** One answer that differs, as the reader sees it. */
export interface InputChange {
  /** The answer's path in the screening input, e.g. "vitals.systolic" or "mentalHealth.phq9Items.3". */
  readonly path: string;
  /** The form's label for it. */
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface DecisionState {
  readonly decision: FlagDecision;
  readonly label: string;
  readonly note: string | null;
}

/** A rule whose decision (or its note) differs; `null` where that version has no decision on it. */
export interface DecisionChange {
  readonly ruleId: RuleId;
  readonly summary: string;
  readonly before: DecisionState | null;
  readonly after: DecisionState | null;
}

export interface VersionDiff<F extends VersionFlag = VersionFlag> {
  /** In the order the form asks them. */
  readonly inputs: readonly InputChange[];
  readonly flags: FlagSetDiff<F>;
  /** In the later version's flag order, then rules only the earlier version flagged. */
  readonly decisions: readonly DecisionChange[];
}

/** Shown for an answer a version lacks: a question added to the form after it was recorded, or left out. */
export const NOT_ASKED = "Not asked";
export const NOT_RECORDED = "Not recorded";
export const NOT_ANSWERED = "Not answered";

/** The facts added after 2026-11-25: absent on an earlier screening because never asked. */
const NEVER_ASKED_BEFORE: ReadonlySet<string> = new Set(ADDED_FACTS);

/** Questionnaires are compared item by item, as the form asks them. */
const ITEM_LISTS: ReadonlySet<string> = new Set(["mentalHealth.phq9Items", "mentalHealth.gad7Items"]);

const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "patient.sexAtBirth": SEX_AT_BIRTH_LABELS,
  "plannedTreatment.course": TREATMENT_COURSE_LABELS,
  "plannedTreatment.route": ROUTE_LABELS,
  "cardiovascular.conditions": CARDIOVASCULAR_CONDITION_LABELS,
  "cardiovascular.hypertension": HYPERTENSION_LABELS,
  "respiratory.conditions": RESPIRATORY_CONDITION_LABELS,
  medications: MEDICATION_LABELS,
  "mentalHealth.depression": HISTORY_LABELS,
  "mentalHealth.anxiety": HISTORY_LABELS,
  "substanceUse.disorder": HISTORY_LABELS,
  "substanceUse.ketamineUse": KETAMINE_USE_LABELS,
  "substanceUse.alcohol": ALCOHOL_USE_LABELS,
  pregnancy: PREGNANCY_LABELS,
  breastfeeding: BREASTFEEDING_LABELS,
};

type Leaf = string | number | boolean | null | readonly string[];

/** Every answer of an input by its path: objects are walked, questionnaires split into items, lists kept whole. */
export function answersOf(input: RecordedScreeningInput): ReadonlyMap<string, Leaf> {
  const answers = new Map<string, Leaf>();
  const walk = (value: unknown, path: string) => {
    if (value === undefined) return;
    if (Array.isArray(value) && ITEM_LISTS.has(path)) {
      value.forEach((item: unknown, index) => walk(item, `${path}.${index}`));
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path === "" ? key : `${path}.${key}`);
    } else {
      answers.set(path, value as Leaf);
    }
  };
  walk(input, "");
  return answers;
}

function display(path: string, value: Leaf | undefined): string {
  if (value === undefined) return NEVER_ASKED_BEFORE.has(path.split(".")[0] ?? "") ? NOT_ASKED : NOT_RECORDED;
  if (value === null) return NOT_ANSWERED;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  const labels = VALUE_LABELS[path];
  const word = (text: string) => labels?.[text] ?? text;
  if (typeof value === "string") return word(value);
  return value.length === 0 ? "None" : value.map(word).join(", ");
}

/** Lists are sets to the reader: the same entries in another order are the same answer. */
function sameAnswer(a: Leaf | undefined, b: Leaf | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sorted = (list: readonly string[]) => JSON.stringify([...list].sort());
    return sorted(a) === sorted(b);
  }
  return a === b;
}

export function diffInputs(before: RecordedScreeningInput, after: RecordedScreeningInput): InputChange[] {
  const was = answersOf(before);
  const now = answersOf(after);
  const paths = [...new Set([...was.keys(), ...now.keys()])];
  return paths
    .filter((path) => !sameAnswer(was.get(path), now.get(path)))
    .sort((a, b) => orderOf(`screening.${a}`) - orderOf(`screening.${b}`) || (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => ({
      path,
      label: labelOf(`screening.${path}`).replace(/^screening\./, ""),
      before: display(path, was.get(path)),
      after: display(path, now.get(path)),
    }));
}

function decisionState(flag: VersionFlag | undefined): DecisionState | null {
  if (!flag?.decision) return null;
  return { decision: flag.decision.decision, label: FLAG_DECISION_LABELS[flag.decision.decision], note: flag.decision.note };
}

export function diffDecisions(before: readonly VersionFlag[], after: readonly VersionFlag[]): DecisionChange[] {
  const earlier = new Map(before.map((flag) => [flag.ruleId, flag]));
  const later = new Map(after.map((flag) => [flag.ruleId, flag]));
  const ruleIds = [...new Set([...after.map((flag) => flag.ruleId), ...before.map((flag) => flag.ruleId)])];
  return ruleIds.flatMap((ruleId) => {
    const was = decisionState(earlier.get(ruleId));
    const now = decisionState(later.get(ruleId));
    if (was?.decision === now?.decision && was?.note === now?.note) return [];
    const summary = (later.get(ruleId) ?? earlier.get(ruleId))?.summary ?? ruleId;
    return [{ ruleId, summary, before: was, after: now }];
  });
}

export function diffVersions<F extends VersionFlag>(before: ScreeningVersion<F>, after: ScreeningVersion<F>): VersionDiff<F> {
  return {
    inputs: diffInputs(before.input, after.input),
    flags: diffFlagSets(before.flags, after.flags),
    decisions: diffDecisions(before.flags, after.flags),
  };
}

export function isEmptyVersionDiff(diff: VersionDiff): boolean {
  return diff.inputs.length === 0 && isEmptyDiff(diff.flags) && diff.decisions.length === 0;
}
