/**
 * The draft schema keeps whatever the form can hold mid-typing (property: any such state is accepted and reads
 * back equal after the JSON round trip of the store) and refuses what the store cannot keep: oversize drafts,
 * NUL, lone surrogates, unknown keys.
 */
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";

import { initialFormState, numberFromInput, textFromInput, type ScreeningFormState } from "@/components/screening-form/form-model";
import {
  draftFormStateSchema,
  draftSaveSchema,
  draftScreeningStateSchema,
  draftSizeInBytes,
  MAX_DRAFT_BYTES,
  MAX_DRAFT_TEXT_LENGTH,
} from "@/lib/screening/draft-schema";
import { toStorableDraftState } from "@/lib/screening/storable-draft-state";
import type { z } from "@/lib/validation/zod";
import { CARDIOVASCULAR_CONDITIONS, MEDICATIONS, RESPIRATORY_CONDITIONS } from "@/lib/screening/options";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";

import { typedFormState } from "../forms/typed-form-state";

type Screening = ScreeningFormState["screening"];

const SUBMISSION_ID = "0b6c9f6e-3c4a-4d8e-9f2a-1b2c3d4e5f60";
const STORABLE = (text: string) => !/\u0000|\p{Cs}/u.test(text);

/** Whatever a clinician can type or paste (NUL aside, which the store cannot keep), as the input's setValueAs leaves it. */
const typedText = fc.string({ unit: "binary", maxLength: 300 }).filter(STORABLE).map(textFromInput);
const typedNumber = fc
  .oneof(fc.stringMatching(/^-?\d{1,400}(\.\d{1,5})?$/), fc.string({ maxLength: 12 }).filter(STORABLE))
  .map((typed) => numberFromInput(typed) as number | undefined);
const radio = (values: readonly string[]) => fc.option(fc.constantFrom(...values), { nil: null });
const yesNo = radio(["yes", "no"]);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const ticked = (values: readonly string[]) => fc.oneof(fc.subarray([...values]), fc.constant(false as const));
const items = (count: number) => fc.array(radio(["0", "1", "2", "3"]), { minLength: count, maxLength: count });

/** A form half filled in any order: every answer may be missing, blank, typed wrongly or chosen. */
const midTypingState: fc.Arbitrary<Screening> = fc.record({
  patient: fc.record({ fullName: typedText, dateOfBirth: typedText, medicalRecordNumber: typedText, sexAtBirth: maybe(radio(["female", "male"])) }),
  plannedTreatment: fc.record({ course: maybe(radio(["single", "series"])), route: maybe(radio(["oral"])) }),
  vitals: fc.record({
    systolic: typedNumber,
    diastolic: typedNumber,
    heartRate: typedNumber,
    oxygenSaturation: typedNumber,
    weightKg: typedNumber,
    heightCm: typedNumber,
  }),
  allergies: fc.record({ ketamineHypersensitivity: maybe(yesNo), other: typedText }),
  // react-hook-form hands back `false` for a checkbox group with nothing ticked.
  cardiovascular: fc.record({ conditions: ticked(CARDIOVASCULAR_CONDITIONS), hypertension: maybe(radio(["none"])) }),
  respiratory: fc.record({ conditions: ticked(RESPIRATORY_CONDITIONS) }),
  medications: ticked(MEDICATIONS),
  otherMedicines: typedText,
  conditions: fc.record({ raisedIntracranialPressure: yesNo, raisedIntraocularPressure: yesNo, hyperthyroidism: yesNo, liverDisease: yesNo }),
  mentalHealth: fc.record({
    depression: maybe(radio(["none", "current"])),
    anxiety: maybe(radio(["past"])),
    psychosisHistory: yesNo,
    dissociativeDisorder: yesNo,
    phq9Items: items(9),
    gad7Items: items(7),
  }),
  substanceUse: fc.record({ disorder: maybe(radio(["none"])), ketamineUse: maybe(radio(["never"])), alcohol: maybe(radio(["heavy"])), priorKetamineReaction: typedText }),
  urinary: fc.record({ bladderHistory: yesNo, currentSymptoms: yesNo }),
  cognition: fc.record({ memoryConcerns: yesNo }),
  other: fc.record({ nauseaProne: yesNo, fallRisk: yesNo }),
  pregnancy: maybe(radio(["not-pregnant", "unknown"])),
  breastfeeding: maybe(radio(["no", "yes"])),
  notes: typedText,
}) as fc.Arbitrary<Screening>;

/** What the store gives back: JSON text in, JSON text out. */
function throughStore(state: unknown): unknown {
  return JSON.parse(JSON.stringify(toStorableDraftState(state)));
}

describe("draft form state", () => {
  it("describes every state the form's type allows", () => {
    expectTypeOf<Screening>().toExtend<z.input<typeof draftScreeningStateSchema>>();
  });

  it("accepts any state the form can hold mid-typing and reads it back equal", () => {
    fc.assert(
      fc.property(midTypingState, (state) => {
        const stored = throughStore(state);
        const parsed = draftFormStateSchema.safeParse(stored);
        expect(parsed.error?.issues).toBeUndefined();
        expect(parsed.data).toEqual(stored);
        expect(throughStore(parsed.data)).toEqual(stored);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts the blank form, a pre-filled form and every complete screening typed in", () => {
    expect(draftFormStateSchema.safeParse(throughStore(initialFormState(SUBMISSION_ID, undefined, undefined).screening)).success).toBe(true);
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const stored = throughStore(typedFormState(input).screening);
        expect(draftFormStateSchema.parse(stored)).toEqual(stored);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps a number typed too long to be finite as its text, for the form to call it not a number", () => {
    const state = initialFormState(SUBMISSION_ID, undefined, undefined).screening;
    state.vitals.systolic = numberFromInput("9".repeat(400)) as number;
    expect(state.vitals.systolic).toBe(Infinity);
    expect(draftFormStateSchema.parse(throughStore(state)).vitals.systolic).toBe("Infinity");
  });

  it("refuses an oversize draft with a message that says what to do", () => {
    const state = initialFormState(SUBMISSION_ID, undefined, undefined).screening;
    state.notes = "n".repeat(MAX_DRAFT_TEXT_LENGTH);
    state.otherMedicines = "m".repeat(MAX_DRAFT_TEXT_LENGTH);
    state.allergies.other = "a".repeat(MAX_DRAFT_TEXT_LENGTH);
    state.substanceUse.priorKetamineReaction = "r".repeat(MAX_DRAFT_TEXT_LENGTH);
    state.patient.fullName = "p".repeat(MAX_DRAFT_TEXT_LENGTH);
    expect(draftSizeInBytes(state)).toBeGreaterThan(MAX_DRAFT_BYTES);
    const result = draftFormStateSchema.safeParse(state);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["", "The draft is too large to save (more than 64 KiB): shorten the notes or lists"],
    ]);
  });

  it("refuses one text above its bound, naming the field by its path", () => {
    const state = initialFormState(SUBMISSION_ID, undefined, undefined).screening;
    state.notes = "n".repeat(MAX_DRAFT_TEXT_LENGTH + 1);
    const issues = draftFormStateSchema.safeParse(state).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["notes", `is too long to keep in a draft (at most ${MAX_DRAFT_TEXT_LENGTH} characters)`],
    ]);
  });

  it.each([
    ["NUL", "Ann\u0000 Lee"],
    ["a lone surrogate", "Ann \uD83D Lee"],
  ])("refuses %s, which the store cannot keep unchanged", (_what, fullName) => {
    const state = initialFormState(SUBMISSION_ID, undefined, undefined).screening;
    state.patient.fullName = fullName;
    const issues = draftFormStateSchema.safeParse(state).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join("."))).toEqual(["patient.fullName"]);
  });

  it("refuses unknown keys and too many questionnaire items", () => {
    const state = initialFormState(SUBMISSION_ID, undefined, undefined).screening;
    expect(draftFormStateSchema.safeParse({ ...state, extra: 1 }).success).toBe(false);
    const tooMany = { ...state, mentalHealth: { ...state.mentalHealth, phq9Items: Array.from({ length: 10 }, () => "1") } };
    expect(draftFormStateSchema.safeParse(tooMany).error?.issues[0]?.path).toEqual(["mentalHealth", "phq9Items"]);
  });
});

describe("draft save request", () => {
  const formState = initialFormState(SUBMISSION_ID, undefined, undefined).screening;

  it("needs the form's submission id and takes an optional draft and patient", () => {
    expect(draftSaveSchema.safeParse({ submissionId: SUBMISSION_ID, formState }).success).toBe(true);
    expect(draftSaveSchema.safeParse({ draftId: "cdraft1", submissionId: SUBMISSION_ID, patientId: "p1", formState }).success).toBe(true);
    const missing = draftSaveSchema.safeParse({ formState }).error?.issues ?? [];
    expect(missing.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["submissionId", "The form is missing its submission id; reload the page and try again"],
    ]);
    expect(draftSaveSchema.safeParse({ submissionId: SUBMISSION_ID, formState, screening: {} }).error?.issues[0]?.message).toBe("Unknown field: screening");
  });
});
