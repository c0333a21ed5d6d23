/** Vitals and questionnaire scores of a stored screening, each with its band from lib/scoring. */
import { BLOOD_PRESSURE_CATEGORY_LABELS, classifyBloodPressure } from "@/lib/scoring/blood-pressure";
import { GAD7_BAND_LABELS, GAD7_MAX_TOTAL, scoreGad7 } from "@/lib/scoring/gad7";
import { PHQ9_BAND_LABELS, PHQ9_MAX_TOTAL, scorePhq9 } from "@/lib/scoring/phq9";
import { ITEM_RESPONSE_LABELS } from "@/lib/scoring/questionnaire-items";
import type { ScreeningInput } from "@/lib/screening/schema";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

export function VitalsList({ vitals }: { vitals: ScreeningInput["vitals"] }) {
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
      <Row term="Oxygen saturation">
        {vitals.oxygenSaturation === undefined ? (
          <span className="text-slate-700">Not recorded</span>
        ) : (
          `${vitals.oxygenSaturation} %`
        )}
      </Row>
    </dl>
  );
}

export function QuestionnaireScores({ mentalHealth }: { mentalHealth: ScreeningInput["mentalHealth"] }) {
  const phq9 = mentalHealth.phq9Items ? scorePhq9(mentalHealth.phq9Items) : null;
  const gad7 = mentalHealth.gad7Items ? scoreGad7(mentalHealth.gad7Items) : null;
  const notDone = <span className="text-slate-700">Not completed</span>;
  return (
    <dl className="divide-y divide-slate-200">
      <Row term="PHQ-9 (depression)">
        {phq9 ? `${phq9.total} of ${PHQ9_MAX_TOTAL}: ${PHQ9_BAND_LABELS[phq9.band]}` : notDone}
      </Row>
      {phq9 && (
        <Row term="PHQ-9 item 9 (thoughts of death or self-harm)">
          <strong className="font-semibold">
            {phq9.item9} – {ITEM_RESPONSE_LABELS[phq9.item9]}
          </strong>
        </Row>
      )}
      <Row term="GAD-7 (anxiety)">
        {gad7 ? `${gad7.total} of ${GAD7_MAX_TOTAL}: ${GAD7_BAND_LABELS[gad7.band]}` : notDone}
      </Row>
    </dl>
  );
}

export { Row as DetailRow };
