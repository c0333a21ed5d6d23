/**
 * The JSON API called as another program calls it: plain `fetch`, a Bearer token, JSON bodies. Shared by the API
 * contract suite (tests/api, on both engines) and the browser tests that open in the app what the API stored.
 */
import { randomUUID } from "node:crypto";

import { API_BASE_PATH } from "@/lib/api/operations";
import type { ScreeningInput } from "@/lib/screening/schema";

import { HIGH_RISK_INPUT } from "./high-risk-screening";

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export interface ApiCall {
  readonly token?: string;
  /** Sent as JSON text with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** Sent as given, with only the headers the test names (for wrong content types, broken JSON, huge bodies). */
  readonly body?: BodyInit;
  readonly headers?: Record<string, string>;
}

/** `method` on `path` below /api/v1 of the server at `origin`. */
export function callApi(origin: string, method: "GET" | "POST", path: string, call: ApiCall = {}): Promise<Response> {
  const headers = { ...(call.token ? bearer(call.token) : {}), ...(call.json === undefined ? {} : { "content-type": "application/json" }), ...call.headers };
  const body = call.json === undefined ? call.body : JSON.stringify(call.json);
  return fetch(`${origin}${API_BASE_PATH}${path}`, { method, headers, body });
}

/**
 * The high-risk synthetic screening (every severity of flag) under this name and a record number of its own, so
 * each test's patient is new and no other test's list or search meets it.
 */
export function namedApiScreening(fullName: string): ScreeningInput {
  return { ...HIGH_RISK_INPUT, patient: { ...HIGH_RISK_INPUT.patient, fullName, medicalRecordNumber: `API-${randomUUID().slice(0, 8)}` } };
}

/** A name no other test uses: `prefix` and a random tag. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 6)}`;
}
