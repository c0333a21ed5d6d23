/**
 * The clinical standards the rules take thresholds or contraindications from, each named in full so a clinician
 * can look it up. The source document gives no numbers; these do.
 */
import type { FlagSource } from "./types";

const SPRAVATO_LABEL =
  "SPRAVATO (esketamine) nasal spray, US prescribing information (Janssen, 2019; revised 2020)";

export const STANDARD_CITATIONS = {
  accAhaBloodPressure:
    "2017 ACC/AHA Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults (Whelton et al., Hypertension 2018;71:e13–e115): stage 1 hypertension is systolic 130–139 or diastolic 80–89 mmHg, stage 2 is systolic ≥ 140 or diastolic ≥ 90 mmHg",
  spravatoBloodPressure: `${SPRAVATO_LABEL}: warnings and precautions, increases in blood pressure; assess blood pressure before dosing and, if baseline blood pressure is elevated (e.g. above 140 mmHg systolic or 90 mmHg diastolic), weigh the risk of short-term increases against the benefit of treatment`,
  spravatoContraindications: `${SPRAVATO_LABEL}: contraindications; aneurysmal vascular disease (including thoracic and abdominal aorta, intracranial and peripheral arterial vessels) or arteriovenous malformation, and a history of intracerebral hemorrhage`,
  spravatoDrugInteractions: `${SPRAVATO_LABEL}: drug interactions; psychostimulants (e.g. amphetamines, methylphenidate, modafinil) and monoamine oxidase inhibitors may increase blood pressure, so monitor blood pressure closely`,
  spravatoPregnancy: `${SPRAVATO_LABEL}: use in specific populations, pregnancy; based on animal studies it may cause fetal harm, and it is not recommended during pregnancy`,
  tachycardiaDefinition:
    "2015 ACC/AHA/HRS Guideline for the Management of Adult Patients With Supraventricular Tachycardia (Page et al., Circulation 2016;133:e506–e574): tachycardia is a heart rate above 100 beats/min, the conventional adult definition",
  phq9Severity:
    "PHQ-9 severity bands (Kroenke, Spitzer, Williams, J Gen Intern Med 2001;16:606–613): 10–14 moderate, 15–19 moderately severe, 20–27 severe depression",
  phq9Item9:
    "PHQ-9 item 9 guidance: any positive response warrants suicide-risk assessment (Kroenke, Spitzer, Williams, J Gen Intern Med 2001;16:606–613)",
  gad7Severity:
    "GAD-7 severity bands (Spitzer et al., Arch Intern Med 2006;166:1092–1097): a total of 10 or more is the cut-point for clinically significant anxiety",
} as const satisfies Record<string, string>;

export type StandardCitationKey = keyof typeof STANDARD_CITATIONS;

/** A rule source pointing at a named clinical standard. */
export function standardSource(key: StandardCitationKey): FlagSource {
  return { kind: "standard", citation: STANDARD_CITATIONS[key] };
}
