/**
 * The pre-treatment screening input: the one contract shared by the form's resolver, the Server Action,
 * the stored record and the JSON API. Every message is written for the clinician reading it next to the
 * field, and every issue carries the field's path. Screenings stored under an earlier version are read
 * through ./recorded-input.ts.
 */
import { z } from "../validation/zod";

import { todayIsoDate } from "./calendar-date";
import {
  ALCOHOL_USE,
  ANXIETY_STATUS,
  BREASTFEEDING_STATUS,
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
import { MAX_FULL_NAME_LENGTH, MAX_LIST_ENTRY_LENGTH, MAX_NOTES_LENGTH, MAX_OTHER_ALLERGIES, MAX_OTHER_MEDICINES, MAX_REACTION_LENGTH } from "./limits";
import { meaningfulText } from "./text";

export { MAX_AGE_YEARS } from "./schema-parts";

/** IV and IM ketamine is dosed per kilogram (ketamine hydrochloride injection labels: mg/kg), so weight is needed. */
export const ROUTES_DOSED_BY_WEIGHT: ReadonlySet<string> = new Set(["intravenous", "intramuscular"]);

/** A measurement in a unit, within bounds and with at most one decimal (as scales and stadiometers read). */
function measurement(label: string, min: number, max: number, unit: string) {
  const range = `${label} must be between ${min} and ${max} ${unit}`;
  return z
    .number({ error: (issue) => (issue.input === undefined || Number.isNaN(issue.input) ? `${label} is required` : `${label} must be a number`) })
    .min(min, { error: range })
    .max(max, { error: range })
    .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, {
      error: `${label} may have at most one decimal (e.g. 72.5)`,
    });
}

/** Answers 0–3 with `null` for an item left unanswered; exactly `count` entries. */
function questionnaireItems(name: string, count: number) {
  return z
    .array(itemScore(name).nullable(), { error: `${name} must be a list of item scores` })
    .length(count, { error: `${name} must have ${count} items, each scored 0 to 3 or left unanswered` });
}

/** A list of free-text entries (allergies, medicines), each meaningful text, at most `max`. */
function textList(what: string, entry: string, max: number, { distinct }: { distinct: boolean }) {
  const list = z
    .array(meaningfulText(entry, { max: MAX_LIST_ENTRY_LENGTH }), { error: `${what} must be a list` })
    .max(max, { error: `List at most ${max} ${what.toLowerCase()}` });
  if (!distinct) return list;
  return list.refine((items) => new Set(items.map((item) => item.toLocaleLowerCase("en"))).size === items.length, {
    error: `Each of the ${what.toLowerCase()} can be listed only once`,
  });
}

const patientAsOf = (today: () => string) =>
  strictSection("Patient", {
    fullName: meaningfulText("Full name", { max: MAX_FULL_NAME_LENGTH }),
    dateOfBirth: dateOfBirthAsOf(today),
    medicalRecordNumber: medicalRecordNumber().optional(),
    sexAtBirth: choice("sex at birth", SEX_AT_BIRTH),
  });

const vitals = strictSection("Vital signs", {
  systolic: boundedInteger("Systolic", 50, 300, "mmHg"),
  diastolic: boundedInteger("Diastolic", 20, 200, "mmHg"),
  heartRate: boundedInteger("Heart rate", 20, 250, "beats/min"),
  oxygenSaturation: boundedInteger("Oxygen saturation", 50, 100, "%").optional(),
  weightKg: measurement("Weight", 2, 400, "kg").optional(),
  heightCm: measurement("Height", 40, 250, "cm").optional(),
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
    allergies: strictSection("Allergies", {
      ketamineHypersensitivity: yesNo("known hypersensitivity to ketamine or esketamine"),
      other: textList("Other allergies", "An allergy", MAX_OTHER_ALLERGIES, { distinct: true }),
    }),
    cardiovascular: strictSection("Heart and circulation", {
      conditions: distinctList("heart or circulation condition", CARDIOVASCULAR_CONDITIONS),
      hypertension: choice("the blood-pressure history", HYPERTENSION_STATUS),
    }),
    respiratory: strictSection("Breathing", {
      conditions: distinctList("breathing condition", RESPIRATORY_CONDITIONS),
    }),
    medications: distinctList("medicine", MEDICATIONS),
    otherMedicines: textList("Other medicines", "A medicine", MAX_OTHER_MEDICINES, { distinct: false }),
    conditions: strictSection("Other conditions", {
      raisedIntracranialPressure: yesNo("raised intracranial pressure or a recent head injury"),
      raisedIntraocularPressure: yesNo("raised intraocular pressure"),
      hyperthyroidism: yesNo("hyperthyroidism"),
      liverDisease: yesNo("liver disease"),
    }),
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
      priorKetamineReaction: meaningfulText("Past adverse reaction to ketamine", { max: MAX_REACTION_LENGTH }).optional(),
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
    breastfeeding: choice("whether the patient is breastfeeding", BREASTFEEDING_STATUS),
    notes: meaningfulText("Notes", {
      max: MAX_NOTES_LENGTH,
      multiline: true,
      empty: "Notes cannot be blank: leave them out instead",
    }).optional(),
  }).superRefine((input, context) => {
    // Contradictory facts would raise a flag on a patient the form never asked about pregnancy or breastfeeding.
    if (input.patient.sexAtBirth === "male" && PREGNANCY_NEEDS_FEMALE_BIOLOGY.has(input.pregnancy)) {
      context.addIssue({ code: "custom", message: PREGNANCY_FOR_MALE_MESSAGE, path: ["pregnancy"] });
    }
    if (input.patient.sexAtBirth === "male" && input.breastfeeding !== "not-applicable") {
      context.addIssue({
        code: "custom",
        message: "Breastfeeding does not apply when sex at birth is male: choose “Not applicable” or correct the sex at birth",
        path: ["breastfeeding"],
      });
    }
    if (ROUTES_DOSED_BY_WEIGHT.has(input.plannedTreatment.route) && input.vitals.weightKg === undefined) {
      context.addIssue({
        code: "custom",
        message: "Weight is required for intravenous or intramuscular treatment: the dose is calculated per kg",
        path: ["vitals", "weightKg"],
      });
    }
  });

/** The contract for new screenings: dates of birth are checked against today's date. */
export const screeningInputSchema = screeningInputSchemaAsOf(() => todayIsoDate());

export type ScreeningInput = z.infer<typeof screeningInputSchema>;
/** What a form holds before parsing (numbers may still be missing). */
export type ScreeningFormValues = z.input<typeof screeningInputSchema>;
