/**
 * What the API reads: the request bodies and the list's query, as zod schemas that parse the request and
 * document it in the OpenAPI file. They reuse the form's own schemas (docs/decisions/0004): a screening sent
 * through the API is checked exactly as one typed into the form.
 */
import { screeningListFilterSchema } from "../screening/list-filter";
import { screeningInputSchema } from "../screening/schema";
import { screeningSubmissionSchema } from "../screening/submission-schema";

/** `POST /assessments`: a screening to evaluate, nothing stored. */
export const assessmentRequestSchema = screeningInputSchema;

/**
 * `POST /screenings`: the form's submission without what only the form has (a draft, an amendment). Idempotent
 * on `submissionId`, as in the form: a retry returns the screening the first request stored.
 */
export const createScreeningRequestSchema = screeningSubmissionSchema
  .pick({ submissionId: true, patientId: true, screening: true, confirmedIdentityChange: true })
  .meta({
    description:
      "`submissionId` is a UUID the caller makes once per screening and keeps across retries. `patientId` files the screening under an existing patient; without it the patient is found by record number, or a new one is made. When the identity sent differs from the patient's record, nothing is stored and 409 names the change; send it back as `confirmedIdentityChange` to apply it.",
  });

/** `GET /screenings` and `GET /screenings.csv`: the list page's own filters, in its query string. */
export const screeningListQuerySchema = screeningListFilterSchema;
