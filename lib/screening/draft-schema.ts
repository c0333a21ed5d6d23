/**
 * What a draft of the screening form may hold: the form's raw entries as typed, not a screening. A draft is
 * unfinished by nature, so every answer is optional and nothing is checked clinically (the screening schema
 * does that when the form is submitted). What this schema guards is the store: bounded sizes, so a draft
 * cannot fill the database, and text both engines keep unchanged (PostgreSQL refuses NUL in JSON text, and a
 * lone UTF-16 surrogate is altered when encoded as UTF-8). Unknown keys are refused, as everywhere.
 *
 * The shape mirrors `ScreeningFormState["screening"]` (components/screening-form/form-model.ts), which lives
 * with the form; a type test keeps the two in step.
 */
import { z } from "../validation/zod";

import { PHQ9_ITEM_COUNT } from "../scoring/phq9";
import { GAD7_ITEM_COUNT } from "../scoring/gad7";

/** The serialised draft (UTF-8 JSON) at most: far above a full form (≈10 KiB), far below a risk to the store. */
export const MAX_DRAFT_BYTES = 64 * 1024;
/**
 * One text entry at most, in UTF-16 code units. Above every limit of the screening schema (notes: 2,000
 * characters as a person counts them, which may be several code units each), so text the form will later
 * refuse as too long is still kept while the clinician shortens it.
 */
export const MAX_DRAFT_TEXT_LENGTH = 16_000;
/** A radio value or checkbox option: short codes from lib/screening/options.ts, or a score. */
const MAX_CHOICE_LENGTH = 100;
/** Checkbox options in one group, at most (the longest list has fewer than 20). */
const MAX_CHECKED_OPTIONS = 50;

const NUL_OR_LONE_SURROGATE = /\u0000|\p{Cs}/u;

function draftText(max: number) {
  return z
    .string({ error: "must be text" })
    .max(max, { error: `is too long to keep in a draft (at most ${max} characters)` })
    .refine((text) => !NUL_OR_LONE_SURROGATE.test(text), {
      error: "contains a character that cannot be stored (a NUL or a broken character); retype it",
    });
}

const text = draftText(MAX_DRAFT_TEXT_LENGTH).optional();
/** A radio group: the chosen value, `null` when react-hook-form has none checked, absent when never touched. */
const choice = draftText(MAX_CHOICE_LENGTH).nullable().optional();
/**
 * A number input holds a number once what was typed is a plain decimal, else the text itself (so the form can
 * say "must be a number"); never a non-finite number (see `toStorableDraftState`).
 */
const typedNumber = z.union([z.number(), draftText(MAX_CHOICE_LENGTH)], { error: "must be a number or text" }).optional();
/** A checkbox group: the ticked values, or `false` when react-hook-form found none ticked. */
const checkboxes = z.union(
  [z.array(draftText(MAX_CHOICE_LENGTH)).max(MAX_CHECKED_OPTIONS, { error: "has too many options ticked" }), z.literal(false)],
  { error: "must be a list of options" },
);
function questionnaire(count: number) {
  return z.array(choice.transform((value) => value ?? null)).max(count, { error: `has more than ${count} items` });
}

export const draftScreeningStateSchema = z.strictObject({
  patient: z.strictObject({ fullName: text, dateOfBirth: text, medicalRecordNumber: text, sexAtBirth: choice }),
  plannedTreatment: z.strictObject({ course: choice, route: choice }),
  vitals: z.strictObject({
    systolic: typedNumber,
    diastolic: typedNumber,
    heartRate: typedNumber,
    oxygenSaturation: typedNumber,
    weightKg: typedNumber,
    heightCm: typedNumber,
  }),
  allergies: z.strictObject({ ketamineHypersensitivity: choice, other: text }),
  cardiovascular: z.strictObject({ any: choice, conditions: checkboxes, hypertension: choice }),
  respiratory: z.strictObject({ any: choice, conditions: checkboxes }),
  medicationsAny: choice,
  medications: checkboxes,
  otherMedicines: text,
  conditions: z.strictObject({
    raisedIntracranialPressure: choice,
    raisedIntraocularPressure: choice,
    hyperthyroidism: choice,
    liverDisease: choice,
  }),
  mentalHealth: z.strictObject({
    depression: choice,
    anxiety: choice,
    psychosisHistory: choice,
    dissociativeDisorder: choice,
    phq9Items: questionnaire(PHQ9_ITEM_COUNT),
    gad7Items: questionnaire(GAD7_ITEM_COUNT),
  }),
  substanceUse: z.strictObject({ disorder: choice, ketamineUse: choice, alcohol: choice, priorKetamineReaction: text }),
  urinary: z.strictObject({ bladderHistory: choice, currentSymptoms: choice }),
  cognition: z.strictObject({ memoryConcerns: choice }),
  other: z.strictObject({ nauseaProne: choice, fallRisk: choice }),
  pregnancy: choice,
  breastfeeding: choice,
  notes: text,
});

/** The entries of a draft, as the form holds them. */
export type DraftScreeningState = z.output<typeof draftScreeningStateSchema>;

/** The size the draft takes when stored: UTF-8 bytes of its JSON. */
export function draftSizeInBytes(state: unknown): number {
  return new TextEncoder().encode(JSON.stringify(state)).length;
}

/** The form state with the size cap, which applies to the whole draft rather than to one field. */
export const draftFormStateSchema = draftScreeningStateSchema.superRefine((state, context) => {
  if (draftSizeInBytes(state) > MAX_DRAFT_BYTES) {
    context.addIssue({
      code: "custom",
      message: `The draft is too large to save (more than ${MAX_DRAFT_BYTES / 1024} KiB): shorten the notes or lists`,
    });
  }
});

/** What the browser sends to save a draft. The draft id is opaque (a cuid), the submission id the form's own. */
export const draftSaveSchema = z.strictObject(
  {
    /** Absent for the first save of a form; the server then files one draft per submission id. */
    draftId: z.string().min(1).max(64, { error: "Unknown draft" }).optional(),
    submissionId: z.uuid({ error: "The form is missing its submission id; reload the page and try again" }),
    patientId: z.string().min(1, { error: "Unknown patient" }).max(64, { error: "Unknown patient" }).optional(),
    formState: draftFormStateSchema,
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}` : undefined) },
);
export type DraftSave = z.output<typeof draftSaveSchema>;

export const draftIdSchema = z.strictObject({ draftId: z.string().min(1).max(64, { error: "Unknown draft" }) });
