/**
 * The form's schema (form-state-schema.ts), fetched after the page rather than with it
 * (components/forms/lazy-schema.ts). Shared by the resolver and the section index, so the browser fetches it once.
 */
import { lazySchema } from "../forms/lazy-schema";

export const submissionSchema = lazySchema(() => import("./form-state-schema").then((module) => module.formStateSchema));
