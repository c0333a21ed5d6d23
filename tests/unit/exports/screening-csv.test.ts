/**
 * One row per screening in the CSV export: the fields in the header's order, scores only for a questionnaire
 * answered in full, flags by severity, and text from the record neutralised against formula injection.
 */
import { describe, expect, it } from "vitest";

import { SCREENING_CSV_HEADER, screeningCsvFields, screeningCsvRecord, type ScreeningCsvSource } from "@/lib/exports/screening-csv";

const SOURCE: ScreeningCsvSource = {
  id: "s1",
  createdAt: new Date("2026-11-26T09:15:00.000Z"),
  version: 2,
  status: "signed",
  rulesVersion: "2026-11-25.2",
  highestSeverity: "critical",
  patient: { fullName: "=Ada, Lovelace", dateOfBirth: "1971-03-14", medicalRecordNumber: "MRN-1" },
  vitals: { systolic: 152, diastolic: 94, heartRate: 88, weightKg: 70.5 },
  phq9Items: [1, 1, 1, 1, 1, 1, 1, 1, 1],
  gad7Items: [1, 1, null, null, null, null, null],
  flags: [
    { ruleId: "baseline-bp-elevated", severity: "critical" },
    { ruleId: "nausea-vomiting", severity: "warning" },
    { ruleId: "dizziness", severity: "warning" },
    { ruleId: "dissociation", severity: "info" },
  ],
  outcome: "cleared-with-precautions",
  signerName: "Dr Grace Hopper",
  signedAt: new Date("2026-11-26T10:00:00.000Z"),
};

describe("screening CSV rows", () => {
  it("has one field per header column, in order", () => {
    const fields = screeningCsvFields(SOURCE);
    expect(fields).toHaveLength(SCREENING_CSV_HEADER.length);
    expect(Object.fromEntries(SCREENING_CSV_HEADER.map((column, index) => [column, fields[index]]))).toEqual({
      "Screening id": "s1",
      Version: 2,
      "Screened at (UTC)": "2026-11-26T09:15:00.000Z",
      Patient: "=Ada, Lovelace",
      "Date of birth": "1971-03-14",
      "Medical record number": "MRN-1",
      "Systolic (mmHg)": 152,
      "Diastolic (mmHg)": 94,
      "Heart rate (beats/min)": 88,
      "Oxygen saturation (%)": undefined,
      "Weight (kg)": 70.5,
      "PHQ-9 total": 9,
      "PHQ-9 band": expect.stringMatching(/mild/i),
      "GAD-7 total": "2 of 7 answered",
      "GAD-7 band": "",
      "Highest severity": "critical",
      "Critical flags": "baseline-bp-elevated",
      "Warning flags": "nausea-vomiting dizziness",
      "Info flags": "dissociation",
      Status: "signed",
      Outcome: "cleared-with-precautions",
      "Signed by": "Dr Grace Hopper",
      "Signed at (UTC)": "2026-11-26T10:00:00.000Z",
      "Rules version": "2026-11-25.2",
    });
  });

  it("neutralises a name that would run as a formula and quotes it, and says when a questionnaire was not recorded", () => {
    const record = screeningCsvRecord({ ...SOURCE, phq9Items: undefined });
    expect(record).toContain(`,"'=Ada, Lovelace",`);
    expect(record).toContain(",Not recorded,,");
    expect(record.endsWith("\r\n")).toBe(true);
  });
});
