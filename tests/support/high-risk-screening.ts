/**
 * A synthetic patient with something in every part of the form: raised blood pressure and heart rate, a known
 * ketamine allergy and others, an arrhythmia, current depression with item 9 positive, moderate anxiety, a past
 * reaction and a note. Its screening raises critical, warning and info flags, with quoted sentences and
 * standards, so tests of what reads a screening (the exports) see every kind of content.
 */
import { gad7WithTotal, phq9WithTotal } from "./item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "./screening-factory";

export const HIGH_RISK_INPUT = makeScreeningInput({
  patient: { fullName: "Ada Example", dateOfBirth: "1979-03-08", medicalRecordNumber: "MRN-1001", sexAtBirth: "intersex" },
  vitals: { systolic: 152, diastolic: 94, heartRate: 108, oxygenSaturation: 95, weightKg: 82.5, heightCm: 176 },
  allergies: { ketamineHypersensitivity: true, other: ["Penicillin", "Latex"] },
  cardiovascular: { conditions: ["arrhythmia"], hypertension: "controlled" },
  mentalHealth: { ...BASELINE_SCREENING.mentalHealth, depression: "current", phq9Items: phq9WithTotal(16, 1), gad7Items: gad7WithTotal(12) },
  substanceUse: { ...BASELINE_SCREENING.substanceUse, priorKetamineReaction: "Vomiting and agitation after a dose in 2024" },
  notes: "Patient asked about driving home.",
});
