/**
 * The form's one schema (lib/screening/submission-schema.ts, parsed again by the Server Action), fetched after
 * the page rather than with it (components/forms/lazy-schema.ts). Shared by the resolver and the section index,
 * so the browser fetches it once.
 *
 * Built in three steps, each in a task of its own: zod itself, then the screening's schema, then the submission
 * around it. Evaluated at once, the three were one task of 170–330 ms under Lighthouse's mobile emulation (a 4x
 * slower CPU), a moment after the page appeared; in steps, the browser can answer a key or a click between
 * them. Only the moment each module is evaluated changes: the modules and the schema are the same.
 */
import { lazySchema } from "../forms/lazy-schema";

/** Lets the browser handle input and paint before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const submissionSchema = lazySchema(async () => {
  await import("@/lib/validation/zod");
  await nextTask();
  await import("@/lib/screening/schema");
  await nextTask();
  return (await import("@/lib/screening/submission-schema")).screeningSubmissionSchema;
});
