"use client";

import { useState } from "react";

import type { ActionResult } from "@/lib/actions/define-action";
import { useHydrated } from "../forms/use-hydrated";
import { loadPage } from "../navigation/load-page";

/** Ends the session on the server first, then loads the sign-in page (whatever the answer, the cookie is gone). */
export function SignOutButton({ signOut }: { signOut: (form: unknown) => Promise<ActionResult<object>> }) {
  const [busy, setBusy] = useState(false);
  // A click before the page's script runs would do nothing at all, and the clinician would walk away believing
  // they were signed out: the button is disabled until it can act.
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={busy || !hydrated}
      onClick={async () => {
        setBusy(true);
        await signOut({}).catch(() => undefined);
        loadPage("/sign-in?reason=signed-out");
      }}
      className="rounded border-2 border-slate-500 px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
