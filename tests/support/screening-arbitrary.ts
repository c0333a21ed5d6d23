/**
 * fast-check arbitraries for VALID screening inputs (synthetic patients only). Every value respects the schema's
 * bounds, so property tests exercise the rules rather than the validator; a test parses samples to prove it.
 * Vital signs lean towards the clinically interesting range so thresholds are crossed often.
 */
import fc from "fast-check";

import {
  ALCOHOL_USE,
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

const itemScores = (count: number) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: count, maxLength: count });

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
    medications: fc.shuffledSubarray([...MEDICATIONS]),
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
      },
      { noNullPrototype: true },
    ),
    urinary: fc.record({ bladderHistory: fc.boolean(), currentSymptoms: fc.boolean() }, { noNullPrototype: true }),
    cognition: fc.record({ memoryConcerns: fc.boolean() }, { noNullPrototype: true }),
    other: fc.record({ nauseaProne: fc.boolean(), fallRisk: fc.boolean() }, { noNullPrototype: true }),
    pregnancy: fc.constantFrom(...PREGNANCY_STATUS),
    notes: fc.string({ maxLength: 300 }),
  },
  {
    requiredKeys: [
      "patient",
      "plannedTreatment",
      "vitals",
      "cardiovascular",
      "respiratory",
      "medications",
      "mentalHealth",
      "substanceUse",
      "urinary",
      "cognition",
      "other",
      "pregnancy",
    ],
    noNullPrototype: true,
  },
).map((input) =>
  // The schema rejects a pregnancy status for a patient male at birth; the form records "not applicable".
  input.patient.sexAtBirth === "male" && (input.pregnancy === "pregnant" || input.pregnancy === "unknown")
    ? { ...input, pregnancy: "not-applicable" as const }
    : input,
);
