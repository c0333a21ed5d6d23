"use client";

import { useFormContext, useFormState, useWatch } from "react-hook-form";

import { answeredTotal } from "@/lib/scoring/answered-total";
import { ITEM_RESPONSE_LABELS } from "@/lib/scoring/questionnaire-items";

import { labelOf } from "./field-labels";
import { describedBy, FieldError, RadioGroup, useFieldError, type FormPath } from "./fields";
import { fieldId, itemScores, type Choice, type ScreeningFormState } from "./form-model";

/** The 0–3 response scale PHQ-9 and GAD-7 share, labelled "0 – Not at all" etc. */
const RESPONSES = ITEM_RESPONSE_LABELS.map((label, score) => ({ value: String(score), label: `${score} – ${label}` }));

interface QuestionnaireProps {
  path: "screening.mentalHealth.phq9Items" | "screening.mentalHealth.gad7Items";
  /** "PHQ-9" or "GAD-7": names the items' legends ("PHQ-9 item 3: …"). */
  name: string;
  itemTexts: readonly string[];
  /** The severity band's words for a complete total (from lib/scoring). */
  bandLabel: (total: number) => string;
}

/**
 * A questionnaire as radio groups with its running total. Optional as a whole: all blank means "not done";
 * the total's band is shown only once every item is answered, because a partial total understates it.
 */
export function Questionnaire({ path, name, itemTexts, bandLabel }: QuestionnaireProps) {
  const { control, setValue, trigger } = useFormContext<ScreeningFormState>();
  const { isSubmitted } = useFormState({ control });
  const values = useWatch({ control, name: path }) as Choice[] | undefined;
  const count = itemTexts.length;
  const { answered, total } = answeredTotal(itemScores(values, count));
  const max = count * 3;
  const message = useFieldError(path);
  const statusId = `${fieldId(path)}-status`;

  const status =
    answered === 0
      ? `Not started. Leave the whole ${name} blank to skip it.`
      : answered < count
        ? `Not yet complete: ${answered} of ${count} answered (running total ${total})`
        : `Total ${total} of ${max}: ${bandLabel(total)}`;

  return (
    <fieldset
      id={fieldId(path)}
      // Focusable from script only, so a "complete it or leave it blank" error can move focus here.
      tabIndex={-1}
      aria-describedby={[describedBy(path, false, Boolean(message)), statusId].filter(Boolean).join(" ")}
      className="rounded border border-slate-300 p-4"
    >
      <legend className="px-1 font-semibold text-slate-900">{labelOf(path)} (optional)</legend>
      <p className="text-sm text-slate-700">
        Over the last 2 weeks, how often has the patient been bothered by each of these problems?
      </p>
      <FieldError path={path} message={message} />
      <div className="mt-4 space-y-5">
        {itemTexts.map((text, index) => (
          <RadioGroup
            key={index}
            path={`${path}.${index}` as FormPath}
            legend={`${name} item ${index + 1}: ${text}`}
            options={RESPONSES}
            inline
          />
        ))}
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-4 border-t border-slate-200 pt-4">
        <p id={statusId} role="status" className="font-medium text-slate-900">
          {status}
        </p>
        {answered > 0 && (
          <button
            type="button"
            className="rounded border border-slate-500 px-3 py-1 text-sm text-slate-900 hover:bg-slate-100"
            // Radios cannot be un-ticked one by one; this returns the questionnaire to "not done".
            onClick={() => {
              setValue(path, Array.from({ length: count }, () => null));
              // Re-check the list as a whole: its "answer all or none" error is not attached to any one item.
              if (isSubmitted) void trigger(path);
            }}
          >
            Clear {name} answers
          </button>
        )}
      </div>
    </fieldset>
  );
}
