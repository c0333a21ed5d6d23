/**
 * The clinical standards the rules take thresholds or contraindications from, each named in full so a clinician
 * can look it up. The source document gives no numbers; these do.
 */
import type { FlagSource } from "./types";

const SPRAVATO_LABEL =
  "SPRAVATO (esketamine) nasal spray, US prescribing information (Janssen, 2019; revised 2020)";

const KETALAR_LABEL =
  "KETALAR (ketamine hydrochloride) injection, US prescribing information (Par Pharmaceutical; revised 10/2024)";

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
  spravatoSuicidality: `${SPRAVATO_LABEL}: boxed warning and warnings and precautions, suicidal thoughts and behaviors; closely monitor all antidepressant-treated patients for clinical worsening and the emergence of suicidal thoughts and behaviors`,
  spravatoHypersensitivity: `${SPRAVATO_LABEL}: contraindications; hypersensitivity to esketamine, ketamine, or any of the excipients`,
  ketalarHypersensitivity: `${KETALAR_LABEL}: contraindications; patients with known hypersensitivity to ketamine or to any excipient`,
  ketalarAdverseReactions: `${KETALAR_LABEL}: adverse reactions; reactions identified in clinical studies and postmarketing reports, including anaphylaxis (immune system disorders) and emergence reactions`,
  ketalarCsfPressure: `${KETALAR_LABEL}: warnings and precautions, increase in cerebrospinal fluid pressure`,
  ketalarIntraocularPressure: `${KETALAR_LABEL}: adverse reactions, eye disorders; elevation in intraocular pressure`,
  ketalarHemodynamicInstability: `${KETALAR_LABEL}: warnings and precautions, 5.1 hemodynamic instability; ketamine can raise blood pressure and heart rate, so monitor vital signs and cardiac function (cited for the sympathetic load hyperthyroidism adds to; the label does not name the thyroid)`,
  ketalarLiverInjury: `${KETALAR_LABEL}: warnings and precautions, 5.6 drug-induced liver injury; recurrent use (e.g. misuse or abuse, or medically supervised unapproved indications) may lead to hepatobiliary injury, so monitor liver function`,
  spravatoLactation: `${SPRAVATO_LABEL}: use in specific populations, 8.2 lactation; esketamine is present in human milk and, because of the potential for neurotoxicity, breastfeeding is not recommended during treatment`,
  spravatoPediatricUse: `${SPRAVATO_LABEL}: use in specific populations, 8.4 pediatric use; safety and effectiveness in patients under 18 years of age have not been established`,
} as const satisfies Record<string, string>;

export type StandardCitationKey = keyof typeof STANDARD_CITATIONS;

/** A rule source pointing at a named clinical standard. */
export function standardSource(key: StandardCitationKey): FlagSource {
  return { kind: "standard", citation: STANDARD_CITATIONS[key] };
}
