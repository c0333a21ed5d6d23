/**
 * Patient facts in the words a flag's reasons use. Labels come from the form's own vocabularies
 * (lib/screening/options.ts), so a reason reads the way the clinician entered it.
 */
import {
  HISTORY_LABELS,
  KETAMINE_USE_LABELS,
  ROUTE_LABELS,
  ROUTES,
  TREATMENT_COURSE_LABELS,
  TREATMENT_COURSES,
} from "../screening/options";
import type { ScreeningInput } from "../screening/schema";

type Course = ScreeningInput["plannedTreatment"]["course"];
type Route = ScreeningInput["plannedTreatment"]["route"];

/** Built once: nine always-present flags quote it on every assessment. */
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

/** "Planned ketamine treatment: Single session, intravenous". */
export function plannedTreatmentFact(input: ScreeningInput): string {
  return PLANNED_TREATMENT_FACTS[input.plannedTreatment.course][input.plannedTreatment.route];
}

/** True for a course of repeated doses, where the document's long-term effects apply. */
export function isRepeatedCourse(input: ScreeningInput): boolean {
  return input.plannedTreatment.course !== "single";
}

export function repeatedCourseFact(input: ScreeningInput): string {
  return `Planned course of repeated treatment: ${TREATMENT_COURSE_LABELS[input.plannedTreatment.course]}`;
}

export function bloodPressureText(input: ScreeningInput): string {
  return `${input.vitals.systolic}/${input.vitals.diastolic} mmHg`;
}

/** "Depression: in the past" — a none/past/current history in words. */
export function historyFact(what: string, level: keyof typeof HISTORY_LABELS): string {
  return `${what}: ${HISTORY_LABELS[level].toLowerCase()}`;
}

export function ketamineUseFact(input: ScreeningInput): string {
  return `Prior ketamine use: ${KETAMINE_USE_LABELS[input.substanceUse.ketamineUse].toLowerCase()}`;
}
