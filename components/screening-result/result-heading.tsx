/**
 * The result's heading: who was screened (the identity recorded at this screening, with the age on its day) and
 * what treatment is planned, so the clinician reads the flags below with the course and route in mind (several
 * rules depend on them). The page title stays "Screening result": titles end up in browser history.
 */
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import { ROUTE_LABELS, TREATMENT_COURSE_LABELS } from "@/lib/screening/options";

import { DateOfBirth, DateTime } from "../dates";

interface ResultHeadingProps {
  readonly patient: RecordedScreeningInput["patient"];
  readonly plannedTreatment: RecordedScreeningInput["plannedTreatment"];
  /** `YYYY-MM-DD`: the age shown is the age on this day. */
  readonly screeningDay: string;
  readonly screenedAt: Date;
}

export function ResultHeading({ patient, plannedTreatment, screeningDay, screenedAt }: ResultHeadingProps) {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Screening result</h1>
      <p className="mt-1 text-lg font-medium text-slate-900">
        {patient.fullName}, born <DateOfBirth iso={patient.dateOfBirth} on={screeningDay} />
        {patient.medicalRecordNumber ? `, record ${patient.medicalRecordNumber}` : ""}
      </p>
      <p className="text-slate-800">
        Planned: {TREATMENT_COURSE_LABELS[plannedTreatment.course]}, {ROUTE_LABELS[plannedTreatment.route].toLowerCase()}{" "}
        — screened <DateTime at={screenedAt} />
      </p>
    </div>
  );
}
