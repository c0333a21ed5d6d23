"use client";

/** The short yes/no sections: each stays its own fieldset so a screen reader announces its heading. */
import { Section, YesNo } from "./fields";

export function BladderSection() {
  return (
    <Section sectionKey="bladder">
      <YesNo path="screening.urinary.bladderHistory" />
      <YesNo path="screening.urinary.currentSymptoms" hint="For example pain, urgency, frequency or blood in the urine." />
    </Section>
  );
}

export function MemorySection() {
  return (
    <Section sectionKey="memory">
      <YesNo path="screening.cognition.memoryConcerns" />
    </Section>
  );
}

export function OtherSection() {
  return (
    <Section sectionKey="other">
      <YesNo path="screening.other.nauseaProne" />
      <YesNo path="screening.other.fallRisk" />
    </Section>
  );
}
