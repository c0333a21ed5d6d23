/**
 * Reading an API request into its schema's output, or into the answer that refuses it: a body that is not JSON
 * gets 400, one too large 413, fields that are wrong 422 with each field's path; a filter that is wrong 422.
 */
import { fieldErrorsFromIssues } from "../actions/define-action";
import { screeningListQueryOf, type ScreeningListQuery } from "../screening/list-filter";
import { queryRecord } from "../validation/query-params";
import type { z } from "../validation/zod";

import { validationFailed } from "./errors";
import { readJsonBody } from "./read-json-body";
import { screeningListQuerySchema } from "./requests";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly response: Response };

export async function parseJsonRequest<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = await schema.safeParseAsync(body.value);
  if (!parsed.success) return { ok: false, response: validationFailed(fieldErrorsFromIssues(parsed.error.issues)) };
  return { ok: true, value: parsed.data };
}

/**
 * The list's filters from the query string. `wholeList` drops the page cursor (the CSV holds every page).
 * Drafts are a clinician's unfinished work and never leave through the API.
 */
export function parseListQuery(request: Request, options: { readonly wholeList: boolean }): Parsed<ScreeningListQuery> {
  const params = queryRecord(new URL(request.url).searchParams);
  if (options.wholeList) delete params.after;
  const parsed = screeningListQuerySchema.safeParse(params);
  if (!parsed.success) return { ok: false, response: validationFailed(fieldErrorsFromIssues(parsed.error.issues)) };
  const query = screeningListQueryOf(parsed.data);
  if (!query) return { ok: false, response: validationFailed({ status: ["Drafts are not available through the API: choose another status"] }) };
  return { ok: true, value: query };
}
