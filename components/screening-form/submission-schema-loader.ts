/**
 * The form's one schema (lib/screening/submission-schema.ts, parsed again by the Server Action), fetched after
 * the page rather than with it (components/forms/lazy-schema.ts). Shared by the resolver and the section index,
 * so the browser fetches it once.
 */
import { lazySchema } from "../forms/lazy-schema";

export const submissionSchema = lazySchema(() => import("@/lib/screening/submission-schema").then((module) => module.screeningSubmissionSchema));
