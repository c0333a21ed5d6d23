"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { ageInYears, isCalendarDate, todayIsoDate } from "@/lib/screening/calendar-date";

import type { ScreeningFormState } from "./form-model";

const PATH = "screening.patient.dateOfBirth";

/**
 * The patient's age today, beside the date of birth as it is typed: a mistyped year (1997 for 1979) shows at a
 * glance. Nothing is shown for a date that is not complete, not real, or in the future; the schema says why.
 */
export function AgeToday() {
  const { control } = useFormContext<ScreeningFormState>();
  const dateOfBirth = useWatch({ control, name: PATH });
  const today = todayIsoDate();
  const valid = typeof dateOfBirth === "string" && /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) && isCalendarDate(dateOfBirth) && dateOfBirth <= today;
  const age = valid ? ageInYears(dateOfBirth, today) : undefined;
  return (
    <p aria-live="polite" className="pb-2 font-medium text-slate-900">
      {age === undefined ? "" : `Age ${age} today`}
    </p>
  );
}
