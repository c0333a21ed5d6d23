"use client";

import { ROUTE_LABELS, ROUTES, TREATMENT_COURSE_LABELS, TREATMENT_COURSES } from "@/lib/screening/options";

import { optionsFrom, RadioGroup, Section } from "./fields";

export function TreatmentSection() {
  return (
    <Section sectionKey="treatment">
      <RadioGroup
        path="screening.plannedTreatment.course"
        options={optionsFrom(TREATMENT_COURSES, TREATMENT_COURSE_LABELS)}
        inline
      />
      <RadioGroup path="screening.plannedTreatment.route" options={optionsFrom(ROUTES, ROUTE_LABELS)} inline />
    </Section>
  );
}
