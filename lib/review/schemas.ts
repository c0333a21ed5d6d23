/**
 * The schemas of the review forms on the result page: each is used by its form's resolver in the browser and
 * parsed again by its Server Action. The server checks the flag's severity against the stored one, so a note
 * requirement cannot be dodged by sending another severity.
 */
import { SEVERITIES } from "../rules/types";
import { meaningfulText } from "../screening/text";
import { z } from "../validation/zod";

import { FLAG_DECISIONS, noteRequired, noteRequiredMessage, OUTCOMES } from "./decisions";
import { REVIEW_NOTE_MAX } from "./limits";


const recordId = (what: string) =>
  z.string({ error: `Unknown ${what}` }).min(1, { error: `Unknown ${what}` }).max(64, { error: `Unknown ${what}` });

/** An optional note: blank means none. */
const optionalNote = z
  .string({ error: "The note must be text" })
  .optional()
  .transform((text) => (text === undefined || text.trim() === "" ? undefined : text))
  .pipe(meaningfulText("The note", { max: REVIEW_NOTE_MAX, multiline: true }).optional());

export const flagDecisionSchema = z
  .strictObject({
    screeningId: recordId("screening"),
    flagId: recordId("flag"),
    severity: z.enum(SEVERITIES, { error: "Unknown severity" }),
    decision: z.enum(FLAG_DECISIONS, { error: "Choose a decision" }),
    note: optionalNote,
  })
  .superRefine((value, ctx) => {
    if (noteRequired(value.decision, value.severity) && value.note === undefined) {
      ctx.addIssue({ code: "custom", path: ["note"], message: noteRequiredMessage(value.decision) });
    }
  });
export type FlagDecisionForm = z.input<typeof flagDecisionSchema>;
export type FlagDecisionInput = z.output<typeof flagDecisionSchema>;

export const counsellingTickSchema = z.strictObject({
  screeningId: recordId("screening"),
  flagId: recordId("flag"),
  discussed: z.boolean({ error: "Say whether it was discussed" }),
});
export type CounsellingTickInput = z.output<typeof counsellingTickSchema>;

export const signOffSchema = z.strictObject({
  screeningId: recordId("screening"),
  outcome: z.enum(OUTCOMES, { error: "Choose the overall outcome" }),
  password: z.string({ error: "Enter your password to sign" }).min(1, "Enter your password to sign").max(128, "A password has at most 128 characters"),
});
export type SignOffForm = z.input<typeof signOffSchema>;
export type SignOffInput = z.output<typeof signOffSchema>;
