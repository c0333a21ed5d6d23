"use client";

/**
 * The form's fourteen sections, each hydrated by React as a unit of its own rather than all in the page's first
 * hydration pass. Hydrating every question at once was one task of 0.6 to 1.9 s under Lighthouse's mobile
 * emulation (a 4x slower CPU) on a busy two-core machine, most of the form page's Total Blocking Time; the page
 * could not answer a key or a click meanwhile. A Suspense boundary that arrived complete in the HTML is
 * hydrated after that pass, at a low priority, in slices that yield to the browser every few milliseconds; a
 * click, key or focus in a section not hydrated yet makes React hydrate that section first and then deliver
 * the event. Nothing here suspends: the fallbacks are never shown. What was typed or chosen before the scripts
 * ran is kept (tests/e2e/form-entry.spec.ts): the form's buttons wait for the last section
 * (sections-hydration.ts), and the entries are handed to the form then (entries-before-hydration.ts).
 *
 * Two things make React hydrate every waiting section at once, synchronously, and bring the long task back:
 * new props reaching a section, or any context above it changing value (React cannot tell which contexts a
 * section not hydrated yet reads, so it hydrates it). Hence: the sections are rendered by a component that
 * never re-renders (memo, no props), and the form's context value never changes (form-context-methods.ts):
 * react-hook-form's own FormProvider value changes with its formState, first in a layout effect just after
 * hydration, when the form becomes ready.
 */
import { memo, Suspense } from "react";

import { AllergiesSection, OtherConditionsSection } from "./allergies-conditions-sections";
import { BreathingSection } from "./breathing-section";
import { HeartSection } from "./heart-section";
import { BladderSection, MemorySection, OtherSection } from "./history-sections";
import { MentalHealthSection } from "./mental-health-section";
import { NotesSection } from "./notes-section";
import { PatientSection } from "./patient-section";
import { PregnancySection } from "./pregnancy-section";
import { SectionHydrated } from "./sections-hydration";
import { SubstanceSection } from "./substance-section";
import { TreatmentSection } from "./treatment-section";
import { VitalsSection } from "./vitals-section";

/** In page order. */
const SECTIONS = [
  PatientSection,
  TreatmentSection,
  VitalsSection,
  AllergiesSection,
  HeartSection,
  BreathingSection,
  OtherConditionsSection,
  MentalHealthSection,
  SubstanceSection,
  BladderSection,
  MemorySection,
  OtherSection,
  PregnancySection,
  NotesSection,
] as const;

export const SECTION_COUNT = SECTIONS.length;

export const FormSectionsHydratedApart = memo(function FormSectionsHydratedApart() {
  return SECTIONS.map((Section, index) => (
    // A fixed list, never reordered: the index is a stable key.
    <Suspense key={index} fallback={null}>
      <Section />
      <SectionHydrated index={index} />
    </Suspense>
  ));
});
