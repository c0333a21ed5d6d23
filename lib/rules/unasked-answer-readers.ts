/**
 * Which of today's rules read an answer that a screening recorded under an earlier schema was never asked, and
 * which questions they read. Observed rather than listed by hand, so a rule that starts reading one of those
 * answers is caught without anyone remembering to update a list: each rule runs once on the input with the
 * unasked answers behind read-tracking proxies. A rule is pure, so one that completes without touching an
 * unasked answer gives the same finding whatever that answer would have been.
 */
import type { RecordedScreeningInput } from "../screening/recorded-input";
import type { ScreeningInput } from "../screening/schema";
import { QUESTIONS } from "../screening/questions";
import { rules } from "./catalogue";
import type { Rule, RuleId } from "./types";

/** Answers the current schema requires and a screening recorded under an earlier schema may lack. */
export type UnaskedAnswer = {
  [K in keyof ScreeningInput]-?: undefined extends ScreeningInput[K]
    ? never
    : undefined extends RecordedScreeningInput[K]
      ? K
      : never;
}[keyof ScreeningInput];

type QuestionsOf<T> = T extends readonly unknown[] | string ? string : { readonly [P in keyof T]-?: string };

/** The form's question behind each unasked answer, field by field for a section; exhaustive by type. */
const UNASKED_QUESTIONS: { readonly [K in UnaskedAnswer]: QuestionsOf<ScreeningInput[K]> } = {
  allergies: { ketamineHypersensitivity: QUESTIONS.ketamineHypersensitivity, other: "Other allergies" },
  otherMedicines: "Other medicines",
  conditions: {
    raisedIntracranialPressure: QUESTIONS.raisedIntracranialPressure,
    raisedIntraocularPressure: QUESTIONS.raisedIntraocularPressure,
    hyperthyroidism: QUESTIONS.hyperthyroidism,
    liverDisease: QUESTIONS.liverDisease,
  },
  breastfeeding: QUESTIONS.breastfeeding,
};

export const UNASKED_ANSWERS = Object.keys(UNASKED_QUESTIONS) as UnaskedAnswer[];

/** Every question behind an answer, in the form's order. */
function questionsOf(answer: UnaskedAnswer): string[] {
  const questions: string | Readonly<Record<string, string>> = UNASKED_QUESTIONS[answer];
  return typeof questions === "string" ? [questions] : Object.values(questions);
}

/** The question behind one field of a section; the whole section's when the field is not a question. */
function questionsOfField(answer: UnaskedAnswer, field: string | symbol): string[] {
  const questions: string | Readonly<Record<string, string>> = UNASKED_QUESTIONS[answer];
  if (typeof questions === "string") return [questions];
  const question = typeof field === "string" ? Object.hasOwn(questions, field) && questions[field] : undefined;
  return question ? [question] : Object.values(questions);
}

/**
 * `input` behind a proxy that reports each unasked question a reader reaches: by reading it, testing for it or
 * listing its section's fields. Reaching a section without any of its questions (testing whether it is there,
 * passing it on) is reported as `reached`, since the section's very presence differs from the record.
 */
function trackReads(
  input: ScreeningInput,
  unasked: readonly UnaskedAnswer[],
  touched: Set<string>,
  reached: Set<UnaskedAnswer>,
): ScreeningInput {
  const isUnasked = (field: string | symbol): field is UnaskedAnswer => unasked.includes(field as UnaskedAnswer);
  const touch = (questions: readonly string[]) => questions.forEach((question) => touched.add(question));
  const section = (answer: UnaskedAnswer, value: unknown): unknown => {
    reached.add(answer);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      touch(questionsOf(answer));
      return value;
    }
    return new Proxy(value, {
      get: (object, field, receiver) => (touch(questionsOfField(answer, field)), Reflect.get(object, field, receiver)),
      has: (object, field) => (touch(questionsOfField(answer, field)), Reflect.has(object, field)),
      getOwnPropertyDescriptor: (object, field) => (touch(questionsOfField(answer, field)), Reflect.getOwnPropertyDescriptor(object, field)),
      ownKeys: (object) => (touch(questionsOf(answer)), Reflect.ownKeys(object)),
    });
  };
  const reach = (field: string | symbol) => isUnasked(field) && section(field, undefined);
  return new Proxy(input, {
    get: (object, field, receiver) => {
      const value: unknown = Reflect.get(object, field, receiver);
      return isUnasked(field) ? section(field, value) : value;
    },
    has: (object, field) => (reach(field), Reflect.has(object, field)),
    getOwnPropertyDescriptor: (object, field) => (reach(field), Reflect.getOwnPropertyDescriptor(object, field)),
    ownKeys: (object) => (unasked.forEach((answer) => section(answer, undefined)), Reflect.ownKeys(object)),
  });
}

/**
 * The rules that reach an unasked answer while evaluating `input` (complete, with placeholders for the unasked
 * answers), each with the questions it reached in the form's order; a section reached without any of its
 * questions counts as all of them.
 */
export function rulesReadingUnaskedAnswers(
  input: ScreeningInput,
  unasked: readonly UnaskedAnswer[],
  on: string,
  ruleSet: readonly Rule[] = rules,
): Map<RuleId, string[]> {
  const readers = new Map<RuleId, string[]>();
  if (unasked.length === 0) return readers;
  const formOrder = unasked.flatMap(questionsOf);
  for (const rule of ruleSet) {
    const touched = new Set<string>();
    const reached = new Set<UnaskedAnswer>();
    rule.evaluate(trackReads(input, unasked, touched, reached), { on });
    for (const answer of reached) {
      if (!questionsOf(answer).some((question) => touched.has(question))) questionsOf(answer).forEach((question) => touched.add(question));
    }
    if (touched.size > 0) readers.set(rule.id, formOrder.filter((question) => touched.has(question)));
  }
  return readers;
}
