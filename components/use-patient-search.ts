"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { PatientSearchResult } from "@/lib/patients/patient-query";
import { normalisePatientQuery } from "@/lib/patients/patient-query-limits";

import { lazySchema } from "./forms/lazy-schema";

/** The answer is checked before it is shown; its schema (and zod) come with the first search, not the page. */
const responseSchema = lazySchema(() => import("@/lib/patients/patient-query").then((module) => module.patientSearchResponseSchema));

/** Wait this long after the last key press before asking the server: one request per pause, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;

export type PatientSearchState =
  | { readonly status: "idle" }
  | { readonly status: "searching"; readonly query: string }
  | { readonly status: "found"; readonly query: string; readonly patients: readonly PatientSearchResult[] }
  | { readonly status: "failed"; readonly query: string; readonly signedOut: boolean };

/**
 * The search box's conversation with POST /api/patients/search: debounced, and every newer query aborts the
 * request of the older one, so a slow answer to "sm" can never replace the answer to "smith".
 */
export function usePatientSearch(): { state: PatientSearchState; search: (text: string) => void; reset: () => void } {
  const [state, setState] = useState<PatientSearchState>({ status: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    inFlight.current?.abort();
    inFlight.current = undefined;
  }, []);

  useEffect(() => cancel, [cancel]);

  const run = useCallback(async (query: string, controller: AbortController) => {
    try {
      const response = await fetch("/api/patients/search", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ q: query }),
        signal: controller.signal,
        cache: "no-store",
      });
      if (controller.signal.aborted) return;
      if (!response.ok) {
        setState({ status: "failed", query, signedOut: response.status === 401 });
        return;
      }
      const { patients } = (await responseSchema.load()).parse(await response.json());
      if (!controller.signal.aborted) setState({ status: "found", query, patients });
    } catch {
      if (!controller.signal.aborted) setState({ status: "failed", query, signedOut: false });
    }
  }, []);

  const search = useCallback(
    (text: string) => {
      cancel();
      const query = normalisePatientQuery(text);
      if (query === null) {
        setState({ status: "idle" });
        return;
      }
      setState({ status: "searching", query });
      timer.current = setTimeout(() => {
        const controller = new AbortController();
        inFlight.current = controller;
        void run(query, controller);
      }, SEARCH_DEBOUNCE_MS);
    },
    [cancel, run],
  );

  const reset = useCallback(() => {
    cancel();
    setState({ status: "idle" });
  }, [cancel]);

  return { state, search, reset };
}
