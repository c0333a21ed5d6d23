/**
 * The screening form as a FHIR R4 Questionnaire (canonical, one version per form schema) and a screening's
 * answers as the QuestionnaireResponse to that version.
 *
 * Versions follow the form schemas the app reads (lib/screening/recorded-input.ts): "2026-11-25.1" is the form
 * released on 2026-11-25 with rules 2026-11-25.1 (lib/screening/schema-2026-11-25.ts), "2026-11-25.2" the form
 * that added weight, height, allergies, other medicines, other conditions, a past ketamine reaction and
 * breastfeeding, released with rules 2026-11-25.2 (lib/screening/schema.ts). A new form schema needs a new
 * version here: receivers may have stored the items of the earlier one under its canonical|version.
 */
import type { Coding, Patient, Questionnaire, QuestionnaireResponse, QuestionnaireResponseItemAnswer, Reference } from "@medplum/fhirtypes";

import { hasCurrentFacts, type RecordedScreeningInput } from "../../screening/recorded-input";
import type { AppSystems } from "./codes";
import { QUESTION_DEFINITIONS, type AnswerValue, type QuestionDefinition } from "./questionnaire-items";

export const QUESTIONNAIRE_VERSIONS = { before20261125Facts: "2026-11-25.1", current: "2026-11-25.2" } as const;
export type QuestionnaireVersion = (typeof QUESTIONNAIRE_VERSIONS)[keyof typeof QUESTIONNAIRE_VERSIONS];

/** The version of the form the input was recorded under. */
export function questionnaireVersionOf(input: RecordedScreeningInput): QuestionnaireVersion {
  return hasCurrentFacts(input) ? QUESTIONNAIRE_VERSIONS.current : QUESTIONNAIRE_VERSIONS.before20261125Facts;
}

function questionsOf(version: QuestionnaireVersion): readonly QuestionDefinition[] {
  return version === QUESTIONNAIRE_VERSIONS.current ? QUESTION_DEFINITIONS : QUESTION_DEFINITIONS.filter((question) => !question.addedAfter20261125);
}

function answerCoding(systems: AppSystems, question: QuestionDefinition, code: string): Coding {
  const vocabulary = question.vocabulary;
  const display = vocabulary !== undefined && Object.hasOwn(vocabulary.labels, code) ? vocabulary.labels[code] : undefined;
  // The schema admits only the vocabulary's codes; a code without a label would export an answer nobody defined.
  if (vocabulary === undefined || display === undefined) throw new Error(`No answer code "${code}" for ${question.linkId}`);
  return { system: systems.answers(vocabulary.name), code, display };
}

export function screeningQuestionnaire(systems: AppSystems, version: QuestionnaireVersion): Questionnaire {
  return {
    resourceType: "Questionnaire",
    url: systems.questionnaire,
    version,
    name: "KetaminePreTreatmentScreening",
    title: "Ketamine pre-treatment screening",
    status: "active",
    subjectType: ["Patient"],
    item: questionsOf(version).map((question) => ({
      linkId: question.linkId,
      text: question.text,
      type: question.type,
      ...(question.repeats ? { repeats: true } : {}),
      ...(question.vocabulary === undefined
        ? {}
        : {
            answerOption: Object.keys(question.vocabulary.labels).map((code) => ({ valueCoding: answerCoding(systems, question, code) })),
          }),
    })),
  };
}

function answerOf(systems: AppSystems, question: QuestionDefinition, value: AnswerValue): QuestionnaireResponseItemAnswer {
  switch (question.type) {
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) break;
      return { valueInteger: value };
    case "decimal":
      if (typeof value !== "number" || !Number.isFinite(value)) break;
      return { valueDecimal: value };
    case "boolean":
      if (typeof value !== "boolean") break;
      return { valueBoolean: value };
    case "date":
      if (typeof value !== "string") break;
      return { valueDate: value };
    case "string":
    case "text":
      if (typeof value !== "string") break;
      return { valueString: value };
    case "choice":
      if (typeof value !== "string") break;
      return { valueCoding: answerCoding(systems, question, value) };
  }
  // The parsed input cannot hold such a value: exporting it under another type would misstate the answer.
  throw new Error(`Answer ${JSON.stringify(value)} does not fit ${question.linkId} (${question.type})`);
}

export function screeningQuestionnaireResponse(
  systems: AppSystems,
  input: RecordedScreeningInput,
  { subject, authored }: { subject: Reference<Patient>; authored: Date },
): QuestionnaireResponse {
  const version = questionnaireVersionOf(input);
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: `${systems.questionnaire}|${version}`,
    status: "completed",
    subject,
    authored: authored.toISOString(),
    // A question not answered (or not asked under this version) has no item: FHIR has no "unanswered" answer.
    item: questionsOf(version).flatMap((question) => {
      const values = question.read(input);
      if (values.length === 0) return [];
      return [{ linkId: question.linkId, text: question.text, answer: values.map((value) => answerOf(systems, question, value)) }];
    }),
  };
}
