/**
 * Patient facts in the words a flag's reasons use. Labels come from the form's own vocabularies
 * (lib/screening/options.ts), so a reason reads the way the clinician entered it.
 *
 * A fact that depends only on a closed vocabulary is written out once, when the module loads, for every value:
 * assess() runs every rule on every screening, and would otherwise build (and lower-case) the same few sentences
 * again on each call.
 */
import {
  HISTORY_LABELS,
  KETAMINE_USE_LABELS,
  MEDICATION_LABELS,
  ROUTE_LABELS,
  ROUTES,
  TREATMENT_COURSE_LABELS,
  TREATMENT_COURSES,
} from "../screening/options";
import type { ScreeningInput } from "../screening/schema";
import type { AssessmentContext } from "./types";

type Course = ScreeningInput["plannedTreatment"]["course"];
type Route = ScreeningInput["plannedTreatment"]["route"];

/** `words(value)` for every key of `labels`, computed once. */
function mapLabels<V extends string>(labels: Readonly<Record<V, string>>, words: (value: V) => string): Readonly<Record<V, string>> {
  return Object.fromEntries(Object.keys(labels).map((value) => [value, words(value as V)])) as Record<V, string>;
}

/** `"<what>: <label>"` for every value of a vocabulary: "Takes a medicine: Opioid". */
export function labelledFacts<V extends string>(what: string, labels: Readonly<Record<V, string>>): Readonly<Record<V, string>> {
  return mapLabels(labels, (value) => `${what}: ${labels[value]}`);
}

/** The facts of the values a patient has, in the order recorded; with `only`, of those values alone. */
export function factsOf<V extends string>(
  values: readonly V[],
  facts: Readonly<Record<V, string>>,
  only?: readonly V[],
): string[] {
  const found: string[] = [];
  for (const value of values) if (only === undefined || only.includes(value)) found.push(facts[value]);
  return found;
}

/** "Takes a medicine: Opioid", for the rules that name a medicine. */
export const MEDICINE_FACTS = labelledFacts("Takes a medicine", MEDICATION_LABELS);

/** Nine always-present flags quote it on every assessment. */
const PLANNED_TREATMENT_FACTS = Object.fromEntries(
  TREATMENT_COURSES.map((course) => [
    course,
    Object.fromEntries(
      ROUTES.map((route) => [
        route,
        `Planned ketamine treatment: ${TREATMENT_COURSE_LABELS[course]}, ${ROUTE_LABELS[route].toLowerCase()}`,
      ]),
    ),
  ]),
) as Record<Course, Record<Route, string>>;

/**
 * "Planned ketamine treatment: Single session, intravenous". Looked up once per assessment and shared (see
 * `AssessmentContext.shared`): nine rules give it, and a lookup by two keys that vary is slow in V8.
 */
export function plannedTreatmentFact(input: ScreeningInput, { shared }: AssessmentContext): string {
  const plan = input.plannedTreatment;
  if (shared === undefined) return PLANNED_TREATMENT_FACTS[plan.course][plan.route];
  if (shared.plannedTreatment?.plan !== plan) {
    shared.plannedTreatment = { plan, fact: PLANNED_TREATMENT_FACTS[plan.course][plan.route] };
  }
  return shared.plannedTreatment.fact;
}

/** True for a course of repeated doses, where the document's long-term effects apply. */
export function isRepeatedCourse(input: ScreeningInput): boolean {
  return input.plannedTreatment.course !== "single";
}

const REPEATED_COURSE_FACTS = mapLabels(
  TREATMENT_COURSE_LABELS,
  (course) => `Planned course of repeated treatment: ${TREATMENT_COURSE_LABELS[course]}`,
);

export function repeatedCourseFact(input: ScreeningInput): string {
  return REPEATED_COURSE_FACTS[input.plannedTreatment.course];
}

export function bloodPressureText(input: ScreeningInput): string {
  return `${input.vitals.systolic}/${input.vitals.diastolic} mmHg`;
}

const HISTORY_WORDS = mapLabels(HISTORY_LABELS, (level) => HISTORY_LABELS[level].toLowerCase());

/** "Depression: in the past" — a none/past/current history in words. */
export function historyFact(what: string, level: keyof typeof HISTORY_LABELS): string {
  return `${what}: ${HISTORY_WORDS[level]}`;
}

const KETAMINE_USE_FACTS = mapLabels(
  KETAMINE_USE_LABELS,
  (use) => `Prior ketamine use: ${KETAMINE_USE_LABELS[use].toLowerCase()}`,
);

export function ketamineUseFact(input: ScreeningInput): string {
  return KETAMINE_USE_FACTS[input.substanceUse.ketamineUse];
}
