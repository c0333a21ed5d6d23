/**
 * The screening schema as released on 2026-11-25 (rules 2026-11-25.1), kept unchanged to read the screenings
 * stored under it: they have no weight, allergies, other medicines, other conditions or breastfeeding, and
 * their PHQ-9 and GAD-7 were complete or absent. Never edit it to follow the current form: a stored record
 * must keep reading as what it recorded (docs/decisions/0004). New screenings use ./schema.ts.
 */
import { z } from "../validation/zod";

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
} from "./options";
import {
  boundedInteger,
  choice,
  dateOfBirthAsOf,
  distinctList,
  itemScore,
  medicalRecordNumber,
  PREGNANCY_FOR_MALE_MESSAGE,
  PREGNANCY_NEEDS_FEMALE_BIOLOGY,
  strictSection,
  yesNo,
} from "./schema-parts";

function completeItems(name: string, count: number) {
  return z
    .array(itemScore(name), { error: `${name} must be a list of item scores` })
    .length(count, { error: `Answer all ${count} ${name} items, or leave the whole ${name} blank` });
}

/** The 2026-11-25 schema with date-of-birth bounds as of `today`. */
export const screeningInputSchemaV20261125AsOf = (today: () => string) =>
  strictSection("Screening", {
    patient: strictSection("Patient", {
      fullName: z
        .string({ error: "Full name is required" })
        .trim()
        .min(1, { error: "Full name is required" })
        .max(200, { error: "Full name must be at most 200 characters" }),
      dateOfBirth: dateOfBirthAsOf(today),
      medicalRecordNumber: medicalRecordNumber().optional(),
      sexAtBirth: choice("sex at birth", SEX_AT_BIRTH),
    }),
    plannedTreatment: strictSection("Planned treatment", {
      course: choice("the planned course", TREATMENT_COURSES),
      route: choice("the route", ROUTES),
    }),
    vitals: strictSection("Vital signs", {
      systolic: boundedInteger("Systolic", 50, 300, "mmHg"),
      diastolic: boundedInteger("Diastolic", 20, 200, "mmHg"),
      heartRate: boundedInteger("Heart rate", 20, 250, "beats/min"),
      oxygenSaturation: boundedInteger("Oxygen saturation", 50, 100, "%").optional(),
    }).refine((v) => v.diastolic < v.systolic, { error: "Diastolic must be lower than systolic", path: ["diastolic"] }),
    cardiovascular: strictSection("Heart and circulation", {
      conditions: distinctList("heart or circulation condition", CARDIOVASCULAR_CONDITIONS),
      hypertension: choice("the blood-pressure history", HYPERTENSION_STATUS),
    }),
    respiratory: strictSection("Breathing", {
      conditions: distinctList("breathing condition", RESPIRATORY_CONDITIONS),
    }),
    medications: distinctList("medicine", MEDICATIONS),
    mentalHealth: strictSection("Mental health", {
      depression: choice("the depression history", DEPRESSION_STATUS),
      anxiety: choice("the anxiety history", ANXIETY_STATUS),
      psychosisHistory: yesNo("history of psychosis"),
      dissociativeDisorder: yesNo("dissociative disorder"),
      phq9Items: completeItems("PHQ-9", 9).optional(),
      gad7Items: completeItems("GAD-7", 7).optional(),
    }),
    substanceUse: strictSection("Substance use", {
      disorder: choice("the substance-use history", SUBSTANCE_USE_DISORDER),
      ketamineUse: choice("prior ketamine use", KETAMINE_USE),
      alcohol: choice("alcohol use", ALCOHOL_USE),
    }),
    urinary: strictSection("Bladder and urinary", {
      bladderHistory: yesNo("bladder history"),
      currentSymptoms: yesNo("current urinary symptoms"),
    }),
    cognition: strictSection("Memory", { memoryConcerns: yesNo("memory concerns") }),
    other: strictSection("Other", {
      nauseaProne: yesNo("prone to severe nausea"),
      fallRisk: yesNo("fall risk"),
    }),
    pregnancy: choice("the pregnancy status", PREGNANCY_STATUS),
    notes: z
      .string({ error: "Notes must be text" })
      .max(2000, { error: "Notes must be at most 2000 characters" })
      .optional(),
  }).refine((input) => !(input.patient.sexAtBirth === "male" && PREGNANCY_NEEDS_FEMALE_BIOLOGY.has(input.pregnancy)), {
    error: PREGNANCY_FOR_MALE_MESSAGE,
    path: ["pregnancy"],
  });

export type ScreeningInputV20261125 = z.infer<ReturnType<typeof screeningInputSchemaV20261125AsOf>>;
