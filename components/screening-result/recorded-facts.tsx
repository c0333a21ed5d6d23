/**
 * The allergies, other medicines, other conditions and breastfeeding answers of a stored screening. A screening
 * recorded before these questions were on the form shows "Not asked": it never says "no" for a question that
 * was not put to the patient.
 */
import { BREASTFEEDING_LABELS } from "@/lib/screening/options";
import { QUESTIONS } from "@/lib/screening/questions";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";

import { DetailRow } from "./measurements";

const NOT_ASKED = <span className="text-slate-700">Not asked (recorded before this question was on the form)</span>;

const yesNo = (value: boolean | undefined) => (value === undefined ? NOT_ASKED : value ? "Yes" : "No");

function TextList({ items }: { items: readonly string[] | undefined }) {
  if (items === undefined) return NOT_ASKED;
  if (items.length === 0) return <span>None</span>;
  return (
    <ul className="list-disc pl-6">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function RecordedFacts({ input }: { input: RecordedScreeningInput }) {
  const { allergies, conditions } = input;
  return (
    <dl className="divide-y divide-slate-200">
      <DetailRow term={QUESTIONS.ketamineHypersensitivity}>{yesNo(allergies?.ketamineHypersensitivity)}</DetailRow>
      <DetailRow term="Other allergies">
        <TextList items={allergies?.other} />
      </DetailRow>
      <DetailRow term={QUESTIONS.priorKetamineReaction}>
        {input.substanceUse.priorKetamineReaction ?? (allergies === undefined ? NOT_ASKED : "None recorded")}
      </DetailRow>
      <DetailRow term="Other medicines">
        <TextList items={input.otherMedicines} />
      </DetailRow>
      <DetailRow term={QUESTIONS.raisedIntracranialPressure}>{yesNo(conditions?.raisedIntracranialPressure)}</DetailRow>
      <DetailRow term={QUESTIONS.raisedIntraocularPressure}>{yesNo(conditions?.raisedIntraocularPressure)}</DetailRow>
      <DetailRow term={QUESTIONS.hyperthyroidism}>{yesNo(conditions?.hyperthyroidism)}</DetailRow>
      <DetailRow term={QUESTIONS.liverDisease}>{yesNo(conditions?.liverDisease)}</DetailRow>
      <DetailRow term={QUESTIONS.breastfeeding}>
        {input.breastfeeding === undefined ? NOT_ASKED : BREASTFEEDING_LABELS[input.breastfeeding]}
      </DetailRow>
    </dl>
  );
}
