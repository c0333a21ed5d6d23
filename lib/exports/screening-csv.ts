/**
 * The screening list as CSV, one row per screening (issue 9): who, when, the measurements, the scores, the flags
 * by severity, and where the review stands. Pure: the rows come from lib/db, the writing from ./csv.
 *
 * Scores are written only when the questionnaire was answered in full; a partial one is written as the number
 * of items answered ("6 of 9 answered"), never as a total, as everywhere else in the app.
 */
import { GAD7_BAND_LABELS, GAD7_ITEM_COUNT, summariseGad7 } from "../scoring/gad7";
import { PHQ9_BAND_LABELS, PHQ9_ITEM_COUNT, summarisePhq9 } from "../scoring/phq9";
import type { ItemAnswer } from "../scoring/questionnaire-items";
import type { Severity } from "../rules/types";

import { csvRecord, type CsvValue } from "./csv";

export interface ScreeningCsvSource {
  readonly id: string;
  readonly createdAt: Date;
  readonly version: number;
  readonly status: string;
  readonly rulesVersion: string;
  readonly highestSeverity: Severity | null;
  /** The identity recorded at this screening. */
  readonly patient: { readonly fullName: string; readonly dateOfBirth: string; readonly medicalRecordNumber: string | null };
  readonly vitals: {
    readonly systolic: number;
    readonly diastolic: number;
    readonly heartRate: number;
    readonly oxygenSaturation?: number;
    readonly weightKg?: number;
  };
  readonly phq9Items?: readonly ItemAnswer[];
  readonly gad7Items?: readonly ItemAnswer[];
  /** Rule ids in stored order. */
  readonly flags: readonly { readonly ruleId: string; readonly severity: Severity }[];
  readonly outcome: string | null;
  readonly signerName: string | null;
  readonly signedAt: Date | null;
}

export const SCREENING_CSV_HEADER = [
  "Screening id",
  "Version",
  "Screened at (UTC)",
  "Patient",
  "Date of birth",
  "Medical record number",
  "Systolic (mmHg)",
  "Diastolic (mmHg)",
  "Heart rate (beats/min)",
  "Oxygen saturation (%)",
  "Weight (kg)",
  "PHQ-9 total",
  "PHQ-9 band",
  "GAD-7 total",
  "GAD-7 band",
  "Highest severity",
  "Critical flags",
  "Warning flags",
  "Info flags",
  "Status",
  "Outcome",
  "Signed by",
  "Signed at (UTC)",
  "Rules version",
] as const;

function questionnaire(
  items: readonly ItemAnswer[] | undefined,
  count: number,
  summarise: (items: readonly ItemAnswer[]) => { status: "complete"; total: number; band: string } | { status: "incomplete"; answered: number },
  labels: Readonly<Record<string, string>>,
): [CsvValue, CsvValue] {
  if (!items) return ["Not recorded", ""];
  const summary = summarise(items);
  return summary.status === "complete" ? [summary.total, labels[summary.band] ?? summary.band] : [`${summary.answered} of ${count} answered`, ""];
}

const ruleIdsOf = (source: ScreeningCsvSource, severity: Severity) =>
  source.flags
    .filter((flag) => flag.severity === severity)
    .map((flag) => flag.ruleId)
    .join(" ");

/** One screening's fields, in the header's order. */
export function screeningCsvFields(source: ScreeningCsvSource): CsvValue[] {
  return [
    source.id,
    source.version,
    source.createdAt.toISOString(),
    source.patient.fullName,
    source.patient.dateOfBirth,
    source.patient.medicalRecordNumber,
    source.vitals.systolic,
    source.vitals.diastolic,
    source.vitals.heartRate,
    source.vitals.oxygenSaturation,
    source.vitals.weightKg,
    ...questionnaire(source.phq9Items, PHQ9_ITEM_COUNT, summarisePhq9, PHQ9_BAND_LABELS),
    ...questionnaire(source.gad7Items, GAD7_ITEM_COUNT, summariseGad7, GAD7_BAND_LABELS),
    source.highestSeverity ?? "none",
    ruleIdsOf(source, "critical"),
    ruleIdsOf(source, "warning"),
    ruleIdsOf(source, "info"),
    source.status,
    source.outcome,
    source.signerName,
    source.signedAt?.toISOString(),
    source.rulesVersion,
  ];
}

export const screeningCsvHeaderRecord = (): string => csvRecord(SCREENING_CSV_HEADER);

export const screeningCsvRecord = (source: ScreeningCsvSource): string => csvRecord(screeningCsvFields(source));
