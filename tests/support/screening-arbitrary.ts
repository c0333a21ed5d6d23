/**
 * fast-check arbitraries for VALID screening inputs (synthetic patients only). Every value respects the schema's
 * bounds, so property tests exercise the rules rather than the validator; a test parses samples to prove it.
 * Vital signs lean towards the clinically interesting range so thresholds are crossed often.
 */
import fc from "fast-check";

import {
  ALCOHOL_USE,
  BREASTFEEDING_STATUS,
  ANXIETY_STATUS,
  CARDIOVASCULAR_CONDITIONS,
  DEPRESSION_STATUS,
  HYPERTENSION_STATUS,
  KETAMINE_USE,
  MEDICATIONS,
  PREGNANCY_STATUS,
  RESPIRATORY_CONDITIONS,
  ROUTES,
  SEX_AT_BIRTH,
  SUBSTANCE_USE_DISORDER,
  TREATMENT_COURSES,
} from "@/lib/screening/options";
import type { ScreeningInput } from "@/lib/screening/schema";

const pad = (n: number) => String(n).padStart(2, "0");

/** Born between 119 years and 1 year before this year: always a past date and an age of at most 120. */
const dateOfBirthArbitrary = fc
  .record({
    year: fc.integer({ min: new Date().getFullYear() - 119, max: new Date().getFullYear() - 1 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

const fullNameArbitrary = fc.stringMatching(/^[A-Z][a-z]{1,12} [A-Z][a-z'-]{1,20}$/);

/** Complete questionnaires mostly, and partly answered ones (null = unanswered) often enough to matter. */
const itemScores = (count: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: count, maxLength: count }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: count, maxLength: count }),
    },
  );

/** Free text as a clinician types it: visible words, no control characters. */
const wordsArbitrary = (maxLength: number) =>
  fc.stringMatching(new RegExp(`^[A-Za-z][A-Za-z0-9 ,.'-]{0,${maxLength - 1}}$`)).map((text) => text.trim()).filter((text) => text.length > 0);

const distinctWords = (maxLength: number) =>
  fc.uniqueArray(wordsArbitrary(40), { maxLength, selector: (text) => text.toLocaleLowerCase("en") });

/** Weight in kg with at most one decimal, 2–400. */
const weightArbitrary = fc.integer({ min: 20, max: 4000 }).map((tenths) => tenths / 10);
const heightArbitrary = fc.integer({ min: 400, max: 2500 }).map((tenths) => tenths / 10);

const systolicArbitrary = fc.oneof(fc.integer({ min: 50, max: 300 }), fc.integer({ min: 110, max: 160 }));

export const vitalsArbitrary: fc.Arbitrary<ScreeningInput["vitals"]> = systolicArbitrary.chain((systolic) =>
  fc.record(
    {
      systolic: fc.constant(systolic),
      // The schema requires diastolic < systolic.
      diastolic: fc.oneof(
        fc.integer({ min: 20, max: Math.min(200, systolic - 1) }),
        fc.integer({ min: Math.min(70, systolic - 1), max: Math.min(100, systolic - 1) }),
      ),
      heartRate: fc.oneof(fc.integer({ min: 20, max: 250 }), fc.integer({ min: 60, max: 120 })),
      oxygenSaturation: fc.integer({ min: 50, max: 100 }),
      weightKg: weightArbitrary,
      heightCm: heightArbitrary,
    },
    { requiredKeys: ["systolic", "diastolic", "heartRate"], noNullPrototype: true },
  ),
);

export const screeningInputArbitrary: fc.Arbitrary<ScreeningInput> = fc.record(
  {
    patient: fc.record(
      {
        fullName: fullNameArbitrary,
        dateOfBirth: dateOfBirthArbitrary,
        medicalRecordNumber: fc.stringMatching(/^[A-Za-z0-9/-]{1,64}$/),
        sexAtBirth: fc.constantFrom(...SEX_AT_BIRTH),
      },
      { requiredKeys: ["fullName", "dateOfBirth", "sexAtBirth"], noNullPrototype: true },
    ),
    plannedTreatment: fc.record(
      { course: fc.constantFrom(...TREATMENT_COURSES), route: fc.constantFrom(...ROUTES) },
      { noNullPrototype: true },
    ),
    vitals: vitalsArbitrary,
    cardiovascular: fc.record(
      {
        conditions: fc.shuffledSubarray([...CARDIOVASCULAR_CONDITIONS]),
        hypertension: fc.constantFrom(...HYPERTENSION_STATUS),
      },
      { noNullPrototype: true },
    ),
    respiratory: fc.record({ conditions: fc.shuffledSubarray([...RESPIRATORY_CONDITIONS]) }, { noNullPrototype: true }),
    allergies: fc.record(
      { ketamineHypersensitivity: fc.boolean(), other: distinctWords(5) },
      { noNullPrototype: true },
    ),
    medications: fc.shuffledSubarray([...MEDICATIONS]),
    otherMedicines: fc.array(wordsArbitrary(40), { maxLength: 5 }),
    conditions: fc.record(
      {
        raisedIntracranialPressure: fc.boolean(),
        raisedIntraocularPressure: fc.boolean(),
        hyperthyroidism: fc.boolean(),
        liverDisease: fc.boolean(),
      },
      { noNullPrototype: true },
    ),
    mentalHealth: fc.record(
      {
        depression: fc.constantFrom(...DEPRESSION_STATUS),
        anxiety: fc.constantFrom(...ANXIETY_STATUS),
        psychosisHistory: fc.boolean(),
        dissociativeDisorder: fc.boolean(),
        phq9Items: itemScores(9),
        gad7Items: itemScores(7),
      },
      {
        requiredKeys: ["depression", "anxiety", "psychosisHistory", "dissociativeDisorder"],
        noNullPrototype: true,
      },
    ),
    substanceUse: fc.record(
      {
        disorder: fc.constantFrom(...SUBSTANCE_USE_DISORDER),
        ketamineUse: fc.constantFrom(...KETAMINE_USE),
        alcohol: fc.constantFrom(...ALCOHOL_USE),
        priorKetamineReaction: wordsArbitrary(120),
      },
      { requiredKeys: ["disorder", "ketamineUse", "alcohol"], noNullPrototype: true },
    ),
    urinary: fc.record({ bladderHistory: fc.boolean(), currentSymptoms: fc.boolean() }, { noNullPrototype: true }),
    cognition: fc.record({ memoryConcerns: fc.boolean() }, { noNullPrototype: true }),
    other: fc.record({ nauseaProne: fc.boolean(), fallRisk: fc.boolean() }, { noNullPrototype: true }),
    pregnancy: fc.constantFrom(...PREGNANCY_STATUS),
    breastfeeding: fc.constantFrom(...BREASTFEEDING_STATUS),
    notes: wordsArbitrary(300),
  },
  {
    requiredKeys: [
      "patient",
      "plannedTreatment",
      "vitals",
      "cardiovascular",
      "respiratory",
      "allergies",
      "medications",
      "otherMedicines",
      "conditions",
      "mentalHealth",
      "substanceUse",
      "urinary",
      "cognition",
      "other",
      "pregnancy",
      "breastfeeding",
    ],
    noNullPrototype: true,
  },
).map((input): ScreeningInput => {
  // The schema rejects pregnancy and breastfeeding for a patient male at birth; the form records "not applicable".
  const male = input.patient.sexAtBirth === "male";
  const pregnancy = male && (input.pregnancy === "pregnant" || input.pregnancy === "unknown") ? "not-applicable" : input.pregnancy;
  const breastfeeding = male ? "not-applicable" : input.breastfeeding;
  // IV and IM doses are per kg: those routes always carry a weight.
  const dosedByWeight = input.plannedTreatment.route === "intravenous" || input.plannedTreatment.route === "intramuscular";
  const vitals = dosedByWeight && input.vitals.weightKg === undefined ? { ...input.vitals, weightKg: 70 } : input.vitals;
  return { ...input, pregnancy, breastfeeding, vitals };
});
