/**
 * The pre-treatment screening input: the one contract shared by the form's resolver, the Server Action,
 * the stored record and the JSON API. Every message is written for the clinician reading it next to the
 * field, and every issue carries the field's path.
 */
import { z } from "../validation/zod";

import { ageInYears, isCalendarDate, todayIsoDate } from "./calendar-date";
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

export const MAX_AGE_YEARS = 120;
export const MAX_NOTES_LENGTH = 2000;
const PREGNANCY_NEEDS_FEMALE_BIOLOGY: ReadonlySet<string> = new Set(["pregnant", "unknown"]);

/** A whole number within bounds, with messages that name the measurement and its unit. */
function boundedInteger(label: string, min: number, max: number, unit: string) {
  const range = `between ${min} and ${max}${unit ? ` ${unit}` : ""}`;
  return z
    .number({
      error: (issue) =>
        issue.input === undefined || Number.isNaN(issue.input)
          ? `${label} is required`
          : `${label} must be a number`,
    })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be ${range}` })
    .max(max, { error: `${label} must be ${range}` });
}

function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `Choose ${label}` });
}

function yesNo(label: string) {
  return z.boolean({ error: `Answer ${label} (yes or no)` });
}

function distinctList<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .array(z.enum(values, { error: `Unknown ${label}` }), { error: `${label} must be a list` })
    .refine((items) => new Set(items).size === items.length, {
      error: `Each ${label} can be listed only once`,
    });
}

function questionnaireItems(name: string, count: number) {
  return z
    .array(
      z
        .number({ error: `Each ${name} item must be scored 0 to 3` })
        .int({ error: `Each ${name} item must be scored 0 to 3` })
        .min(0, { error: `Each ${name} item must be scored 0 to 3` })
        .max(3, { error: `Each ${name} item must be scored 0 to 3` }),
      { error: `${name} must be a list of item scores` },
    )
    .length(count, { error: `Answer all ${count} ${name} items, or leave the whole ${name} blank` });
}

/** A section of the form: rejects keys the contract does not know, naming them, and says when it is missing. */
function strictSection<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return `Unknown field: ${issue.keys.join(", ")}`;
      if (issue.code === "invalid_type") return `${label} section is missing`;
      return undefined;
    },
  });
}

/**
 * Date-of-birth bounds depend on the day of the screening: a stored screening is re-validated as of the day it
 * was taken, or a patient screened at 120 would make their record unreadable a year later.
 */
function dateOfBirthAsOf(today: () => string) {
  return z
    .string({ error: "Date of birth is required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Date of birth must be a date (YYYY-MM-DD)" })
    // `abort` keeps the later checks from comparing a date that does not exist.
    .refine(isCalendarDate, { error: "Date of birth is not a real calendar date", abort: true })
    .refine((value) => value <= today(), { error: "Date of birth cannot be in the future" })
    .refine((value) => ageInYears(value, today()) <= MAX_AGE_YEARS, {
      error: `Age must be at most ${MAX_AGE_YEARS} years`,
    });
}

const patientAsOf = (today: () => string) =>
  strictSection("Patient", {
    fullName: z
      .string({ error: "Full name is required" })
      .trim()
      .min(1, { error: "Full name is required" })
      .max(200, { error: "Full name must be at most 200 characters" }),
    dateOfBirth: dateOfBirthAsOf(today),
    medicalRecordNumber: z
      .string({ error: "Medical record number must be text" })
      .min(1, { error: "Medical record number cannot be empty" })
      .max(64, { error: "Medical record number must be at most 64 characters" })
      .regex(/^[A-Za-z0-9/-]+$/, {
        error: "Medical record number may contain only letters, digits, - and /",
      })
      .optional(),
    sexAtBirth: choice("sex at birth", SEX_AT_BIRTH),
  });

const vitals = strictSection("Vital signs", {
  systolic: boundedInteger("Systolic", 50, 300, "mmHg"),
  diastolic: boundedInteger("Diastolic", 20, 200, "mmHg"),
  heartRate: boundedInteger("Heart rate", 20, 250, "beats/min"),
  oxygenSaturation: boundedInteger("Oxygen saturation", 50, 100, "%").optional(),
}).refine((v) => v.diastolic < v.systolic, {
  error: "Diastolic must be lower than systolic",
  path: ["diastolic"],
});

/** The screening schema with date-of-birth bounds as of `today` (a `YYYY-MM-DD` date). */
export const screeningInputSchemaAsOf = (today: () => string) =>
  strictSection("Screening", {
    patient: patientAsOf(today),
    plannedTreatment: strictSection("Planned treatment", {
      course: choice("the planned course", TREATMENT_COURSES),
      route: choice("the route", ROUTES),
    }),
    vitals,
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
      phq9Items: questionnaireItems("PHQ-9", 9).optional(),
      gad7Items: questionnaireItems("GAD-7", 7).optional(),
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
    cognition: strictSection("Memory", {
      memoryConcerns: yesNo("memory concerns"),
    }),
    other: strictSection("Other", {
      nauseaProne: yesNo("prone to severe nausea"),
      fallRisk: yesNo("fall risk"),
    }),
    pregnancy: choice("the pregnancy status", PREGNANCY_STATUS),
    notes: z
      .string({ error: "Notes must be text" })
      .max(MAX_NOTES_LENGTH, { error: `Notes must be at most ${MAX_NOTES_LENGTH} characters` })
      .optional(),
  }).refine(
    (input) => !(input.patient.sexAtBirth === "male" && PREGNANCY_NEEDS_FEMALE_BIOLOGY.has(input.pregnancy)),
    {
      // Contradictory facts would raise a pregnancy flag on a patient the form never asked about pregnancy.
      error: "Pregnancy does not apply when sex at birth is male: choose “Not applicable” or correct the sex at birth",
      path: ["pregnancy"],
    },
  );

/** The contract for new screenings: dates of birth are checked against today's date. */
export const screeningInputSchema = screeningInputSchemaAsOf(() => todayIsoDate());

export type ScreeningInput = z.infer<typeof screeningInputSchema>;
/** What a form holds before parsing (numbers may still be missing). */
export type ScreeningFormValues = z.input<typeof screeningInputSchema>;
