/**
 * The form's one schema (lib/screening/submission-schema.ts, which the Server Action parses again) applied to
 * what the form holds: its strings are turned into the submission shape first. Error paths are the same in
 * both shapes. Loaded after the page, with zod (submission-schema-loader.ts).
 */
import { screeningSubmissionSchema } from "@/lib/screening/submission-schema";
import { z } from "@/lib/validation/zod";

import type { ScreeningFormState } from "./form-model";
import { toSubmissionCandidate } from "./submission-candidate";

export const formStateSchema = z.preprocess((state) => toSubmissionCandidate(state as ScreeningFormState), screeningSubmissionSchema);
