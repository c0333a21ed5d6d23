/**
 * A client of `POST /api/v1/screenings` as the reliability suites use it: each submission is a synthetic patient
 * of its own, and an answer is classified without throwing, because a dropped connection (a killed server) is
 * an outcome these suites count, not a failure of the test's own code.
 */
import { callApi } from "./api-client";
import { makeScreeningInput } from "./screening-factory";

import type { ScreeningInput } from "@/lib/screening/schema";

export interface Submission {
  readonly submissionId: string;
  readonly screening: ScreeningInput;
}

export type SubmissionOutcome =
  | { readonly kind: "stored"; readonly status: 200 | 201; readonly screeningId: string }
  | { readonly kind: "refused"; readonly status: number; readonly body: string }
  /** No HTTP answer at all: the connection failed or was cut. The server may or may not have stored it. */
  | { readonly kind: "no-answer"; readonly error: string };

/** Letters only: a patient's name is free text, and letters keep every generated one plainly valid. */
function lettersFor(n: number): string {
  let text = "";
  let rest = n;
  do {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The n-th patient of a run: a distinct name and record number, so no two submissions share a patient. */
export function makeSubmission(run: string, n: number): Submission {
  return {
    submissionId: crypto.randomUUID(),
    screening: makeScreeningInput({ patient: { fullName: `Reliability ${lettersFor(n)} Patient`, medicalRecordNumber: `REL-${run}-${n}` } }),
  };
}

export async function submitScreening(origin: string, token: string, submission: Submission): Promise<SubmissionOutcome> {
  let response: Response;
  try {
    response = await callApi(origin, "POST", "/screenings", { token, json: submission });
  } catch (error) {
    return { kind: "no-answer", error: error instanceof Error ? String(error.cause ?? error.message) : String(error) };
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    // Headers arrived but the body was cut: the client cannot know the outcome, as with no answer at all.
    return { kind: "no-answer", error: `body cut after ${response.status}: ${String(error)}` };
  }
  if (response.status === 200 || response.status === 201) {
    const id: unknown = (JSON.parse(body) as { id?: unknown }).id;
    if (typeof id !== "string") throw new Error(`A ${response.status} answer named no screening: ${body.slice(0, 200)}`);
    return { kind: "stored", status: response.status, screeningId: id };
  }
  return { kind: "refused", status: response.status, body: body.slice(0, 500) };
}
