/**
 * Effects the document ties to repeated or long-term use. They are raised as warnings when the patient already
 * has the problem, and as counselling (info) whenever the planned course is more than a single session.
 */
import { QUESTIONS } from "../screening/questions";
import { defineRule, highestFinding } from "./define-rule";
import { historyFact, isRepeatedCourse, repeatedCourseFact } from "./patient-facts";
import { documentSource } from "./source-quotes";

const REPEATED_COURSE = "planned course is a series or maintenance";

export const urinaryBladder = defineRule({
  id: "urinary-bladder",
  title: "Bladder and urinary tract damage",
  summary: "Repeated ketamine use can cause urinary infections, bladder inflammation and ulcers.",
  levels: {
    warning: {
      when: "history of bladder problems, or current urinary symptoms",
      summary: "Existing bladder or urinary problems: check urine before treatment and review symptoms each visit.",
      sources: [documentSource("urinaryBladder")],
    },
    info: {
      when: REPEATED_COURSE,
      summary: "Repeated treatment: ask about urinary pain, frequency, urgency or blood at each visit.",
      sources: [documentSource("urinaryBladder")],
    },
  },
  evaluate: (input) =>
    highestFinding({
      warning: [
        // The questions' own words: the form asks about "bladder problems", not a diagnosis.
        input.urinary.bladderHistory && QUESTIONS.bladderHistory,
        input.urinary.currentSymptoms && QUESTIONS.currentUrinarySymptoms,
      ],
      info: [isRepeatedCourse(input) && repeatedCourseFact(input)],
    }),
});

export const memoryLearning = defineRule({
  id: "memory-learning",
  title: "Memory and learning",
  summary: "Long-term ketamine use has been linked with impaired memory and learning.",
  levels: {
    warning: {
      when: "memory concerns reported",
      summary: "Existing memory concerns: record a cognitive baseline and review it during the course.",
      sources: [documentSource("memoryLearning")],
    },
    info: {
      when: REPEATED_COURSE,
      summary: "Repeated treatment: tell the patient about possible effects on memory and learning.",
      sources: [documentSource("memoryLearning")],
    },
  },
  evaluate: (input) =>
    highestFinding({
      warning: [input.cognition.memoryConcerns && "Memory concerns reported"],
      info: [isRepeatedCourse(input) && repeatedCourseFact(input)],
    }),
});

export const psychiatricDisordersLongTerm = defineRule({
  id: "psychiatric-disorders-long-term",
  title: "Psychiatric disorders with long-term use",
  summary: "Ketamine users may be at increased risk of psychiatric disorders such as anxiety and depression.",
  levels: {
    warning: {
      when: `${REPEATED_COURSE}, with depression, anxiety (past or current) or a history of psychosis`,
      summary: "Repeated treatment with a psychiatric history: review mental state throughout the course.",
      sources: [documentSource("psychiatricDisorders")],
    },
    info: {
      when: `${REPEATED_COURSE}, without such history`,
      summary: "Repeated treatment: tell the patient about the risk of anxiety and depression with long-term use.",
      sources: [documentSource("psychiatricDisorders")],
    },
  },
  evaluate: (input) => {
    // A single session is not long-term use: the flag does not apply at all.
    if (!isRepeatedCourse(input)) return null;
    const { depression, anxiety, psychosisHistory } = input.mentalHealth;
    const history = [
      depression !== "none" && historyFact("Depression", depression),
      anxiety !== "none" && historyFact("Anxiety", anxiety),
      psychosisHistory && "History of psychosis",
    ].filter((fact): fact is string => fact !== false);
    const course = repeatedCourseFact(input);
    return history.length > 0
      ? highestFinding({ warning: [course, ...history] })
      : highestFinding({ info: [course] });
  },
});
