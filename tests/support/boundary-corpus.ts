/**
 * A fixed, hand-built set of screenings: the low-risk baseline and one-fact changes on and around every rule
 * threshold, each under every planned course (the long-term rules depend on it). Used for the rules-version
 * fingerprint, so it must not depend on a random generator or on today's date: it is assessed as of
 * FINGERPRINT_DAY.
 */
import {
  ALCOHOL_USE,
  ANXIETY_STATUS,
  CARDIOVASCULAR_CONDITIONS,
  DEPRESSION_STATUS,
  HYPERTENSION_STATUS,
  KETAMINE_USE,
  MEDICATIONS,
  PREGNANCY_STATUS,
  BREASTFEEDING_STATUS,
  RESPIRATORY_CONDITIONS,
  SUBSTANCE_USE_DISORDER,
  TREATMENT_COURSES,
} from "@/lib/screening/options";
import type { ScreeningInput } from "@/lib/screening/schema";

import { gad7WithTotal, phq9WithTotal } from "./item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "./screening-factory";

type Overrides = Parameters<typeof makeScreeningInput>[0];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const base = BASELINE_SCREENING;

function oneFactChanges(): Overrides[] {
  return [
    {},
    ...[119, 120, 129, 130, 139, 140, 141, 180].map((systolic) => ({ vitals: { ...base.vitals, systolic } })),
    ...[79, 80, 89, 90, 91].map((diastolic) => ({ vitals: { ...base.vitals, systolic: 150, diastolic } })),
    ...[79, 80, 89, 90].map((diastolic) => ({ vitals: { ...base.vitals, diastolic } })),
    ...[99, 100, 101, 140].map((heartRate) => ({ vitals: { ...base.vitals, heartRate } })),
    ...CARDIOVASCULAR_CONDITIONS.map((c) => ({ cardiovascular: { conditions: [c] } })),
    ...HYPERTENSION_STATUS.map((hypertension) => ({ cardiovascular: { hypertension } })),
    ...RESPIRATORY_CONDITIONS.map((c) => ({ respiratory: { conditions: [c] } })),
    { respiratory: { conditions: ["copd", "asthma"] } },
    ...MEDICATIONS.map((m) => ({ medications: [m] })),
    { medications: ["opioid", "benzodiazepine"] },
    { respiratory: { conditions: ["sleep-apnea"] }, medications: ["opioid"] },
    { respiratory: { conditions: ["copd"] }, substanceUse: { alcohol: "heavy" } },
    ...DEPRESSION_STATUS.map((depression) => ({ mentalHealth: { depression } })),
    ...ANXIETY_STATUS.map((anxiety) => ({ mentalHealth: { anxiety } })),
    { mentalHealth: { psychosisHistory: true } },
    { mentalHealth: { dissociativeDisorder: true } },
    ...range(0, 27).map((total) => ({ mentalHealth: { phq9Items: phq9WithTotal(total, Math.min(3, total % 4)) } })),
    ...range(0, 24).map((total) => ({ mentalHealth: { phq9Items: phq9WithTotal(total) } })),
    ...range(0, 21).map((total) => ({ mentalHealth: { gad7Items: gad7WithTotal(total) } })),
    ...SUBSTANCE_USE_DISORDER.map((disorder) => ({ substanceUse: { disorder } })),
    ...KETAMINE_USE.map((ketamineUse) => ({ substanceUse: { ketamineUse } })),
    ...ALCOHOL_USE.map((alcohol) => ({ substanceUse: { alcohol } })),
    { urinary: { bladderHistory: true } },
    { urinary: { currentSymptoms: true } },
    { cognition: { memoryConcerns: true } },
    { other: { nauseaProne: true } },
    { other: { fallRisk: true } },
    ...PREGNANCY_STATUS.map((pregnancy) => ({ pregnancy })),
    // Partly answered questionnaires: item 9 answered (0–3) or not, totals that would cross a band if complete.
    ...[null, 0, 1, 3].map((item9) => ({ mentalHealth: { phq9Items: [3, 3, 3, 3, 3, 3, 3, null, item9] } })),
    ...[null, 0, 1].map((item9) => ({ mentalHealth: { phq9Items: [null, null, null, null, null, null, null, null, item9] } })),
    { mentalHealth: { gad7Items: [3, 3, 3, 3, 3, null, null] } },
    { allergies: { ketamineHypersensitivity: true, other: [] } },
    { allergies: { ketamineHypersensitivity: false, other: ["Penicillin", "Latex"] } },
    { substanceUse: { priorKetamineReaction: "Severe agitation on emergence" } },
    { otherMedicines: ["Levothyroxine"] },
    { conditions: { raisedIntracranialPressure: true } },
    { conditions: { raisedIntraocularPressure: true } },
    { conditions: { hyperthyroidism: true } },
    { conditions: { liverDisease: true } },
    ...BREASTFEEDING_STATUS.map((breastfeeding) => ({ breastfeeding })),
    // Ages around 18 on the corpus day (FINGERPRINT_DAY): 17 the day before the birthday, 18 on it.
    ...["2008-11-26", "2008-11-25", "2019-06-01"].map((dateOfBirth) => ({
      patient: { ...base.patient, dateOfBirth },
    })),
  ] as Overrides[];
}

/** The screening day the corpus is assessed on (ages are counted on it). */
export const FINGERPRINT_DAY = "2026-11-25";

export function boundaryCorpus(): ScreeningInput[] {
  return TREATMENT_COURSES.flatMap((course) =>
    oneFactChanges().map((overrides) =>
      makeScreeningInput({ ...overrides, plannedTreatment: { course, route: "intravenous" } }),
    ),
  );
}
