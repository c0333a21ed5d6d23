"use client";

/** The short yes/no sections: each stays its own fieldset so a screen reader announces its heading. */
import { Section, YesNo } from "./fields";

export function BladderSection() {
  return (
    <Section title="Bladder and urinary">
      <YesNo path="screening.urinary.bladderHistory" />
      <YesNo path="screening.urinary.currentSymptoms" hint="For example pain, urgency, frequency or blood in the urine." />
    </Section>
  );
}

export function MemorySection() {
  return (
    <Section title="Memory">
      <YesNo path="screening.cognition.memoryConcerns" />
    </Section>
  );
}

export function OtherSection() {
  return (
    <Section title="Other">
      <YesNo path="screening.other.nauseaProne" />
      <YesNo path="screening.other.fallRisk" />
    </Section>
  );
}
