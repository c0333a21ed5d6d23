/**
 * A screening as the 2026-11-25 release (form and rules 2026-11-25.1) stored it: its input has no weight,
 * allergies, other medicines, other conditions or breastfeeding, its PHQ-9 is complete, and its flags carry that
 * release's wording and rule-wide sources. Shared by the data-access suite and the export tests.
 */

/** The input JSON as the 2026-11-25 form submitted it (after its schema parsed it). */
export const RECORDED_INPUT = {
  patient: { fullName: "Earlier Release", dateOfBirth: "1970-04-02", medicalRecordNumber: "MRN-EARLIER", sexAtBirth: "female" },
  plannedTreatment: { course: "series", route: "intravenous" },
  vitals: { systolic: 134, diastolic: 78, heartRate: 80 },
  cardiovascular: { conditions: [], hypertension: "none" },
  respiratory: { conditions: [] },
  medications: [],
  mentalHealth: {
    depression: "past",
    anxiety: "none",
    psychosisHistory: false,
    dissociativeDisorder: false,
    phq9Items: [1, 1, 0, 0, 0, 0, 0, 0, 1],
    gad7Items: [1, 1, 1, 1, 0, 0, 0],
  },
  substanceUse: { disorder: "none", ketamineUse: "never", alcohol: "none" },
  urinary: { bladderHistory: true, currentSymptoms: false },
  cognition: { memoryConcerns: false },
  other: { nauseaProne: false, fallRisk: false },
  pregnancy: "not-pregnant",
  notes: "Recorded before weight was asked.",
};

/** Three of the flags that release stored, with its wording (since changed) and its rule-wide sources. */
export const RECORDED_FLAGS = [
  {
    ruleId: "suicidal-ideation",
    severity: "critical",
    summary: "Thoughts of death or self-harm reported: complete a suicide-risk assessment before treatment.",
    reasons: ["PHQ-9 item 9 (thoughts of self-harm) scored 1"],
    source: [{ kind: "standard", citation: "PHQ-9 item 9 guidance: any positive response warrants suicide-risk assessment (Kroenke, Spitzer, Williams, J Gen Intern Med 2001;16:606–613)" }],
  },
  {
    ruleId: "urinary-bladder",
    severity: "warning",
    summary: "Existing bladder or urinary problems: check urine before treatment and review symptoms each visit.",
    reasons: ["History of recurrent urinary infections, cystitis or bladder ulcers"],
    source: [{ kind: "document", quote: "repeated ketamine use can lead to urinary tract infections, bladder inflammation, and ulcers" }],
  },
  {
    ruleId: "anxiety",
    severity: "info",
    summary: "Tell the patient they may feel anxious after treatment, usually briefly.",
    reasons: ["Planned ketamine treatment: Series (induction course), intravenous"],
    source: [
      { kind: "document", quote: "Some people may experience anxiety after taking ketamine." },
      { kind: "standard", citation: "GAD-7 severity bands (Spitzer et al., Arch Intern Med 2006;166:1092–1097): a total of 10 or more is the cut-point for clinically significant anxiety" },
    ],
  },
] as const;
