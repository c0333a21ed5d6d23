"use client";

import { AMENDMENT_REASON_MAX } from "@/lib/review/limits";

import { AMENDMENT_REASON_PATH } from "./field-labels";
import { TextArea, type FormPath } from "./fields";

/** Required when amending: why the signed version is being replaced. It is shown with the new version. */
export function AmendmentReasonField() {
  return (
    <fieldset className="rounded-lg border-2 border-blue-800 bg-white p-4 sm:p-6">
      <legend className="px-2 text-lg font-semibold text-slate-900">Amendment</legend>
      <TextArea
        path={AMENDMENT_REASON_PATH as FormPath}
        rows={4}
        spellCheck
        max={AMENDMENT_REASON_MAX}
        hint="What was wrong or missing in the signed version. Shown with the new version."
      />
    </fieldset>
  );
}
