/** Vitals and questionnaire scores of a stored screening, each with its band from lib/scoring. */
import { BLOOD_PRESSURE_CATEGORY_LABELS, classifyBloodPressure } from "@/lib/scoring/blood-pressure";
import { GAD7_BAND_LABELS, GAD7_ITEM_COUNT, GAD7_MAX_TOTAL, summariseGad7, type Gad7Summary } from "@/lib/scoring/gad7";
import { PHQ9_BAND_LABELS, PHQ9_ITEM_COUNT, PHQ9_MAX_TOTAL, summarisePhq9, type Phq9Summary } from "@/lib/scoring/phq9";
import { ITEM_RESPONSE_LABELS } from "@/lib/scoring/questionnaire-items";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

const notRecorded = <span className="text-slate-700">Not recorded</span>;

export function VitalsList({ vitals }: { vitals: RecordedScreeningInput["vitals"] }) {
  const category = classifyBloodPressure(vitals.systolic, vitals.diastolic);
  return (
    <dl className="divide-y divide-slate-200">
      <Row term="Blood pressure">
        {vitals.systolic}/{vitals.diastolic} mmHg{" "}
        <span className="text-slate-700">
          — {BLOOD_PRESSURE_CATEGORY_LABELS[category]} (ACC/AHA 2017 category)
        </span>
      </Row>
      <Row term="Heart rate">{vitals.heartRate} beats/min</Row>
      <Row term="Oxygen saturation">{vitals.oxygenSaturation === undefined ? notRecorded : `${vitals.oxygenSaturation} %`}</Row>
      <Row term="Weight">{vitals.weightKg === undefined ? notRecorded : `${vitals.weightKg} kg`}</Row>
      <Row term="Height">{vitals.heightCm === undefined ? notRecorded : `${vitals.heightCm} cm`}</Row>
    </dl>
  );
}

function phq9Text(phq9: Phq9Summary): string {
  return phq9.status === "complete"
    ? `${phq9.total} of ${PHQ9_MAX_TOTAL}: ${PHQ9_BAND_LABELS[phq9.band]}`
    : `Incomplete: ${phq9.answered} of ${PHQ9_ITEM_COUNT} items answered (no total or band)`;
}

function gad7Text(gad7: Gad7Summary): string {
  return gad7.status === "complete"
    ? `${gad7.total} of ${GAD7_MAX_TOTAL}: ${GAD7_BAND_LABELS[gad7.band]}`
    : `Incomplete: ${gad7.answered} of ${GAD7_ITEM_COUNT} items answered (no total or band)`;
}

export function QuestionnaireScores({ mentalHealth }: { mentalHealth: RecordedScreeningInput["mentalHealth"] }) {
  const phq9 = mentalHealth.phq9Items ? summarisePhq9(mentalHealth.phq9Items) : null;
  const gad7 = mentalHealth.gad7Items ? summariseGad7(mentalHealth.gad7Items) : null;
  const notDone = <span className="text-slate-700">Not completed</span>;
  return (
    <dl className="divide-y divide-slate-200">
      <Row term="PHQ-9 (depression)">{phq9 ? phq9Text(phq9) : notDone}</Row>
      {phq9 && (
        <Row term="PHQ-9 item 9 (thoughts of death or self-harm)">
          <strong className="font-semibold">
            {phq9.item9 === null ? "Not answered" : `${phq9.item9} – ${ITEM_RESPONSE_LABELS[phq9.item9]}`}
          </strong>
        </Row>
      )}
      <Row term="GAD-7 (anxiety)">{gad7 ? gad7Text(gad7) : notDone}</Row>
    </dl>
  );
}

export { Row as DetailRow };
