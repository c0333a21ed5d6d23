/**
 * The closed vocabularies of the screening form, each value with the words a clinician reads.
 * The value lists are what the schema accepts; the label maps are typed against them, so a value
 * cannot be added without its label.
 */

function valuesOf<const T extends readonly [string, ...string[]]>(values: T): T {
  return values;
}

export const SEX_AT_BIRTH = valuesOf(["female", "male", "intersex", "unknown"]);
export const TREATMENT_COURSES = valuesOf(["single", "series", "maintenance"]);
export const ROUTES = valuesOf(["intravenous", "intramuscular", "intranasal", "oral"]);
export const CARDIOVASCULAR_CONDITIONS = valuesOf([
  "coronary-artery-disease",
  "prior-myocardial-infarction",
  "heart-failure",
  "arrhythmia",
  "valvular-disease",
  "aneurysmal-vascular-disease",
  "arteriovenous-malformation",
  "intracerebral-hemorrhage",
  "stroke",
  "other-heart-condition",
]);
export const HYPERTENSION_STATUS = valuesOf(["none", "controlled", "uncontrolled"]);
export const RESPIRATORY_CONDITIONS = valuesOf(["copd", "asthma", "sleep-apnea", "other-lung-disease"]);
export const MEDICATIONS = valuesOf(["opioid", "benzodiazepine", "sedative-hypnotic", "psychostimulant", "maoi"]);
export const DEPRESSION_STATUS = valuesOf(["none", "past", "current"]);
export const ANXIETY_STATUS = valuesOf(["none", "past", "current"]);
export const SUBSTANCE_USE_DISORDER = valuesOf(["none", "past", "current"]);
export const KETAMINE_USE = valuesOf(["never", "medical", "occasional-non-medical", "regular-non-medical"]);
export const ALCOHOL_USE = valuesOf(["none", "moderate", "heavy"]);
export const PREGNANCY_STATUS = valuesOf(["not-applicable", "not-pregnant", "pregnant", "unknown"]);

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const SEX_AT_BIRTH_LABELS: Labels<typeof SEX_AT_BIRTH> = {
  female: "Female",
  male: "Male",
  intersex: "Intersex",
  unknown: "Unknown",
};
/** A sex at birth stored as plain text (the Patient row), by its label; a value outside the list as stored. */
export function sexAtBirthLabel(value: string): string {
  const known = SEX_AT_BIRTH.find((sex) => sex === value);
  return known ? SEX_AT_BIRTH_LABELS[known] : value;
}

export const TREATMENT_COURSE_LABELS: Labels<typeof TREATMENT_COURSES> = {
  single: "Single session",
  series: "Series (induction course)",
  maintenance: "Maintenance",
};
export const ROUTE_LABELS: Labels<typeof ROUTES> = {
  intravenous: "Intravenous",
  intramuscular: "Intramuscular",
  intranasal: "Intranasal",
  oral: "Oral",
};
export const CARDIOVASCULAR_CONDITION_LABELS: Labels<typeof CARDIOVASCULAR_CONDITIONS> = {
  "coronary-artery-disease": "Coronary artery disease",
  "prior-myocardial-infarction": "Prior myocardial infarction",
  "heart-failure": "Heart failure",
  arrhythmia: "Arrhythmia",
  "valvular-disease": "Valvular heart disease",
  "aneurysmal-vascular-disease": "Aneurysmal vascular disease",
  "arteriovenous-malformation": "Arteriovenous malformation",
  "intracerebral-hemorrhage": "Intracerebral haemorrhage",
  stroke: "Stroke",
  "other-heart-condition": "Other heart condition",
};
export const HYPERTENSION_LABELS: Labels<typeof HYPERTENSION_STATUS> = {
  none: "No high blood pressure",
  controlled: "High blood pressure, controlled",
  uncontrolled: "High blood pressure, uncontrolled",
};
export const RESPIRATORY_CONDITION_LABELS: Labels<typeof RESPIRATORY_CONDITIONS> = {
  copd: "COPD",
  asthma: "Asthma",
  "sleep-apnea": "Sleep apnoea",
  "other-lung-disease": "Other lung disease",
};
export const MEDICATION_LABELS: Labels<typeof MEDICATIONS> = {
  opioid: "Opioid",
  benzodiazepine: "Benzodiazepine",
  "sedative-hypnotic": "Sedative-hypnotic",
  psychostimulant: "Psychostimulant",
  maoi: "MAO inhibitor",
};
export const HISTORY_LABELS: Labels<typeof DEPRESSION_STATUS> = {
  none: "None",
  past: "In the past",
  current: "Current",
};
export const KETAMINE_USE_LABELS: Labels<typeof KETAMINE_USE> = {
  never: "Never",
  medical: "Medical use only",
  "occasional-non-medical": "Occasional non-medical use",
  "regular-non-medical": "Regular non-medical use",
};
export const ALCOHOL_USE_LABELS: Labels<typeof ALCOHOL_USE> = {
  none: "None",
  moderate: "Moderate",
  heavy: "Heavy",
};
export const PREGNANCY_LABELS: Labels<typeof PREGNANCY_STATUS> = {
  "not-applicable": "Not applicable",
  "not-pregnant": "Not pregnant",
  pregnant: "Pregnant",
  unknown: "Unknown",
};

export const BREASTFEEDING_STATUS = valuesOf(["not-applicable", "no", "yes"]);

export const BREASTFEEDING_LABELS: Labels<typeof BREASTFEEDING_STATUS> = {
  "not-applicable": "Not applicable",
  no: "No",
  yes: "Yes",
};
