"use client";

import { MAX_NOTES_LENGTH } from "@/lib/screening/limits";

import { Section, TextArea } from "./fields";

export function NotesSection() {
  return (
    <Section sectionKey="notes">
      <TextArea path="screening.notes" rows={5} spellCheck max={MAX_NOTES_LENGTH} />
    </Section>
  );
}
