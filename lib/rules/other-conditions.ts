/**
 * Conditions and circumstances the source document does not discuss, where the ketamine and esketamine
 * prescribing information is the authority: hypersensitivity, raised intracranial or intraocular pressure,
 * hyperthyroidism, liver disease, breastfeeding and age. Reasons repeat the form's questions word for word
 * (lib/screening/questions.ts).
 */
import { ageInYears } from "../screening/calendar-date";
import { QUESTIONS } from "../screening/questions";
import { defineRule, highestFinding } from "./define-rule";
import { isRepeatedCourse, repeatedCourseFact } from "./patient-facts";
import { documentSource } from "./source-quotes";
import { standardSource } from "./standard-citations";
import { ADULT_AGE_YEARS } from "./thresholds";

/** The year of a `YYYY-MM-DD` date. */
function calendarYear(date: string): number {
  return Number(date.slice(0, 4));
}

export const ketamineHypersensitivity = defineRule({
  id: "ketamine-hypersensitivity",
  title: "Hypersensitivity or past reaction to ketamine",
  summary: "Known hypersensitivity to ketamine or esketamine contraindicates both; a past reaction needs review.",
  levels: {
    critical: {
      when: "known hypersensitivity to ketamine or esketamine",
      summary: "Known hypersensitivity to ketamine or esketamine: contraindicated; do not treat.",
      sources: [standardSource("ketalarHypersensitivity"), standardSource("spravatoHypersensitivity")],
    },
    warning: {
      when: "a past adverse reaction to ketamine is recorded",
      summary: "Past adverse reaction to ketamine: review what happened and plan precautions before dosing.",
      sources: [standardSource("ketalarAdverseReactions")],
    },
  },
  evaluate: (input) => {
    const reaction = input.substanceUse.priorKetamineReaction;
    return highestFinding({
      critical: [input.allergies.ketamineHypersensitivity && QUESTIONS.ketamineHypersensitivity],
      warning: [reaction !== undefined && `${QUESTIONS.priorKetamineReaction}: ${reaction}`],
    });
  },
});

export const raisedIntracranialPressure = defineRule({
  id: "raised-intracranial-pressure",
  title: "Raised intracranial pressure",
  summary: "Ketamine can raise cerebrospinal fluid pressure.",
  levels: {
    critical: {
      when: "raised intracranial pressure or a recent head injury",
      summary: "Raised intracranial pressure or recent head injury: ketamine can raise it further; do not treat unreviewed.",
      sources: [standardSource("ketalarCsfPressure")],
    },
  },
  evaluate: (input) =>
    highestFinding({ critical: [input.conditions.raisedIntracranialPressure && QUESTIONS.raisedIntracranialPressure] }),
});

export const raisedIntraocularPressure = defineRule({
  id: "raised-intraocular-pressure",
  title: "Raised intraocular pressure",
  summary: "Ketamine can raise intraocular pressure.",
  levels: {
    critical: {
      when: "raised intraocular pressure (glaucoma, eye injury)",
      summary: "Raised intraocular pressure: ketamine can raise it further; get an eye specialist's view first.",
      sources: [standardSource("ketalarIntraocularPressure")],
    },
  },
  evaluate: (input) =>
    highestFinding({ critical: [input.conditions.raisedIntraocularPressure && QUESTIONS.raisedIntraocularPressure] }),
});

export const hyperthyroidism = defineRule({
  id: "hyperthyroidism",
  title: "Hyperthyroidism",
  summary: "Ketamine's rise in blood pressure and heart rate adds to an overactive thyroid's.",
  levels: {
    warning: {
      when: "hyperthyroidism",
      summary: "Hyperthyroidism: check it is controlled; monitor blood pressure and heart rate closely.",
      sources: [documentSource("bloodPressureAndHeartRate"), standardSource("ketalarHemodynamicInstability")],
    },
  },
  evaluate: (input) => highestFinding({ warning: [input.conditions.hyperthyroidism && QUESTIONS.hyperthyroidism] }),
});

export const liverDisease = defineRule({
  id: "liver-disease",
  title: "Liver disease",
  summary: "Recurrent ketamine use can injure the liver.",
  levels: {
    warning: {
      when: "liver disease (the reasons name a series or maintenance course when planned)",
      summary: "Liver disease: check liver function before and during treatment, more so over a course.",
      sources: [standardSource("ketalarLiverInjury")],
    },
  },
  evaluate: (input) =>
    input.conditions.liverDisease
      ? highestFinding({ warning: [QUESTIONS.liverDisease, isRepeatedCourse(input) && repeatedCourseFact(input)] })
      : null,
});

export const breastfeeding = defineRule({
  id: "breastfeeding",
  title: "Breastfeeding",
  summary: "Esketamine passes into breast milk; breastfeeding is not recommended during treatment.",
  levels: {
    warning: {
      when: "breastfeeding",
      summary: "Patient is breastfeeding: not recommended during treatment; discuss pausing or alternatives.",
      sources: [standardSource("spravatoLactation")],
    },
  },
  evaluate: (input) => highestFinding({ warning: [input.breastfeeding === "yes" && QUESTIONS.breastfeeding] }),
});

export const ageUnder18 = defineRule({
  id: "age-under-18",
  title: "Under 18 years old",
  summary: "Safety and effectiveness in patients under 18 have not been established.",
  levels: {
    warning: {
      when: `under ${ADULT_AGE_YEARS} years old on the day of the screening`,
      summary: "Patient is under 18: safety and effectiveness not established; needs specialist justification.",
      sources: [standardSource("spravatoPediatricUse")],
    },
  },
  evaluate: (input, { on }) => {
    const { dateOfBirth } = input.patient;
    // Whole years of age are at least the difference of the calendar years less one, so a patient born more than
    // 18 calendar years before the screening's year is an adult whatever the month and day. ageInYears splits and
    // parses both dates, the costliest single step measured in an assessment: it is left to those near or under 18.
    if (calendarYear(on) - calendarYear(dateOfBirth) > ADULT_AGE_YEARS) return null;
    const age = ageInYears(dateOfBirth, on);
    return highestFinding({
      warning: [age < ADULT_AGE_YEARS && `Aged ${age} on the day of the screening (${on}): under ${ADULT_AGE_YEARS}`],
    });
  },
});
