"use client";

import { useEffect, useRef, useState } from "react";

import { loadPage } from "../navigation/load-page";

interface SessionStatus {
  readonly endsAt: string;
  readonly warningSeconds: number;
}

/** How often the page checks the deadline with the server, and reports that the clinician is busy in it. */
const CHECK_EVERY_MS = 30_000;
const ACTIVITY_EVENTS = ["keydown", "pointerdown", "input"] as const;

/** GET reads the deadline; POST also counts as activity. Null when the session has ended. */
async function fetchStatus(method: "GET" | "POST"): Promise<SessionStatus | null> {
  const response = await fetch("/api/session", { method, cache: "no-store", headers: { Accept: "application/json" } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`session check answered ${response.status}`);
  return (await response.json()) as SessionStatus;
}

/**
 * Automatic logoff in the page (HIPAA §164.312(a)(2)(iii)). The server decides: a session idle past the limit
 * is ended at its next request whatever this component does. This component only makes it humane: typing or
 * clicking in the page counts as activity (a long form is not lost to the clock), a warning appears before the
 * deadline with a way to stay signed in, and at the deadline the page goes to sign-in so that no patient data
 * stays on an unattended screen.
 */
export function IdleWatcher({ initialEndsAt, warningSeconds }: { initialEndsAt: string; warningSeconds: number }) {
  const [endsAt, setEndsAt] = useState(() => Date.parse(initialEndsAt));
  const [now, setNow] = useState(() => Date.now());
  const endsAtRef = useRef(endsAt);
  const busy = useRef(false);
  const stayButton = useRef<HTMLButtonElement>(null);

  const check = useRef(async (method: "GET" | "POST") => {
    // A report of activity covers everything up to now ("Stay signed in" included): only later input counts again.
    if (method === "POST") busy.current = false;
    try {
      const status = await fetchStatus(method);
      if (!status) return loadPage("/sign-in?reason=idle");
      endsAtRef.current = Date.parse(status.endsAt);
      setEndsAt(endsAtRef.current);
    } catch {
      // A failed check changes nothing: the server still ends the session on time.
    }
  });

  useEffect(() => {
    const markBusy = () => (busy.current = true);
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, markBusy, { passive: true });
    const periodic = window.setInterval(() => {
      const method = busy.current ? "POST" : "GET";
      busy.current = false;
      void check.current(method);
    }, CHECK_EVERY_MS);
    let askedAtDeadline = false;
    const tick = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      // At the deadline, ask the server (which ends the session and records the logoff); it answers 401.
      if (current >= endsAtRef.current && !askedAtDeadline) {
        askedAtDeadline = true;
        void check.current("GET").finally(() => (askedAtDeadline = false));
      }
    }, 1000);
    const first = window.setTimeout(() => void check.current("GET"), 0);
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, markBusy);
      window.clearInterval(periodic);
      window.clearInterval(tick);
      window.clearTimeout(first);
    };
  }, []);

  const remainingSeconds = Math.max(0, Math.ceil((endsAt - now) / 1000));
  const warning = remainingSeconds <= warningSeconds;

  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-4">
      <div role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text" className="max-w-md rounded-lg bg-white p-6 shadow-xl">
        <h2 id="idle-title" className="text-xl font-semibold">
          You will be signed out soon
        </h2>
        <p id="idle-text" className="mt-2">
          For patients’ privacy you will be signed out in <strong>{remainingSeconds} seconds</strong> because nothing has happened
          in this page for a while.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button
            ref={stayButton}
            type="button"
            onClick={() => void check.current("POST")}
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Stay signed in
          </button>
        </div>
      </div>
    </div>
  );
}
