/** The headings of the source document's bullet list, as /source must show them (unit and browser tests). */
export const SOURCE_LIST_HEADINGS = [
  "Dissociation",
  "Confusion and disorientation",
  "High blood pressure and heart rate",
  "Nausea and vomiting",
  "Depression",
  "Anxiety",
  "Addiction",
] as const;
