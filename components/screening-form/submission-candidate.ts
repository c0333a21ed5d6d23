/**
 * The form's strings turned into the submission shape (form-model.ts says why they are strings). Only the
 * schema's check needs this, so it comes with the schema, after the page (form-state-schema.ts).
 */
import { GAD7_ITEM_COUNT } from "@/lib/scoring/gad7";
import { PHQ9_ITEM_COUNT } from "@/lib/scoring/phq9";

import { asksPregnancy, itemScores, NO, YES, type Choice, type ScreeningFormState } from "./form-model";

/**
 * A gated list: "None" is the empty list; "Yes" is the boxes ticked. Unanswered, or "Yes" with nothing ticked,
 * is absent, so the schema asks for an answer: a list is never "none" because nobody ticked anything.
 */
function listFromForm(gate: Choice, ticked: unknown): string[] | undefined {
  if (gate === NO) return [];
  const list = arrayFromForm(ticked);
  return gate === YES && list.length > 0 ? list : undefined;
}

function yesNoFromForm(value: Choice): boolean | undefined {
  return value === YES ? true : value === NO ? false : undefined;
}

function choiceFromForm(value: Choice): string | undefined {
  return value === null || value === "" ? undefined : value;
}

/** All blank: the questionnaire was skipped (absent). Otherwise every item, `null` where left unanswered. */
function itemsFromForm(values: readonly Choice[] | undefined, count: number): (number | null)[] | undefined {
  const scores = itemScores(values, count).map((score) => score ?? null);
  return scores.every((score) => score === null) ? undefined : scores;
}

function linesFromForm(text: string | undefined): string[] {
  return (text ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}

/**
 * The form's strings turned into the submission shape, unchecked: the shared schema then judges it, so a
 * wrong or missing answer is reported by the same messages in the browser and on the server.
 */
export function toSubmissionCandidate(state: ScreeningFormState): unknown {
  const s = state.screening;
  const mh = s.mentalHealth;
  const sexAtBirth = choiceFromForm(s.patient.sexAtBirth);
  const pregnancy = asksPregnancy(sexAtBirth) ? choiceFromForm(s.pregnancy) : "not-applicable";
  const breastfeeding = asksPregnancy(sexAtBirth) ? choiceFromForm(s.breastfeeding) : "not-applicable";
  const c = s.conditions;
  return {
    submissionId: state.submissionId,
    patientId: state.patientId || undefined,
    screening: {
      patient: { ...s.patient, sexAtBirth },
      plannedTreatment: {
        course: choiceFromForm(s.plannedTreatment.course),
        route: choiceFromForm(s.plannedTreatment.route),
      },
      vitals: s.vitals,
      allergies: {
        ketamineHypersensitivity: yesNoFromForm(s.allergies.ketamineHypersensitivity),
        other: linesFromForm(s.allergies.other),
      },
      cardiovascular: {
        conditions: listFromForm(s.cardiovascular.any, s.cardiovascular.conditions),
        hypertension: choiceFromForm(s.cardiovascular.hypertension),
      },
      respiratory: { conditions: listFromForm(s.respiratory.any, s.respiratory.conditions) },
      medications: listFromForm(s.medicationsAny, s.medications),
      otherMedicines: linesFromForm(s.otherMedicines),
      conditions: {
        raisedIntracranialPressure: yesNoFromForm(c.raisedIntracranialPressure),
        raisedIntraocularPressure: yesNoFromForm(c.raisedIntraocularPressure),
        hyperthyroidism: yesNoFromForm(c.hyperthyroidism),
        liverDisease: yesNoFromForm(c.liverDisease),
      },
      mentalHealth: {
        depression: choiceFromForm(mh.depression),
        anxiety: choiceFromForm(mh.anxiety),
        psychosisHistory: yesNoFromForm(mh.psychosisHistory),
        dissociativeDisorder: yesNoFromForm(mh.dissociativeDisorder),
        phq9Items: itemsFromForm(mh.phq9Items, PHQ9_ITEM_COUNT),
        gad7Items: itemsFromForm(mh.gad7Items, GAD7_ITEM_COUNT),
      },
      substanceUse: {
        disorder: choiceFromForm(s.substanceUse.disorder),
        ketamineUse: choiceFromForm(s.substanceUse.ketamineUse),
        alcohol: choiceFromForm(s.substanceUse.alcohol),
        priorKetamineReaction: s.substanceUse.priorKetamineReaction,
      },
      urinary: {
        bladderHistory: yesNoFromForm(s.urinary.bladderHistory),
        currentSymptoms: yesNoFromForm(s.urinary.currentSymptoms),
      },
      cognition: { memoryConcerns: yesNoFromForm(s.cognition.memoryConcerns) },
      other: { nauseaProne: yesNoFromForm(s.other.nauseaProne), fallRisk: yesNoFromForm(s.other.fallRisk) },
      pregnancy,
      breastfeeding,
      notes: s.notes,
    },
    ...(state.amendment ? { amendment: { screeningId: state.amendment.screeningId, reason: state.amendment.reason } } : {}),
  };
}

/** A checkbox group with nothing ticked may come back as `false` rather than `[]`. */
function arrayFromForm(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
