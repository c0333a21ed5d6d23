"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ActionResult } from "@/lib/actions/define-action";

/**
 * A consequential change to one record of an admin list (deactivate an account, reset its second factor, revoke
 * an API token): asks for confirmation in the page, then reloads the list so it shows what the server now holds.
 */
export function ConfirmedActionButton({
  input,
  label,
  confirmation,
  act,
}: {
  /** What the action receives, e.g. `{ userId }`. */
  input: object;
  label: string;
  confirmation: string;
  act: (form: unknown) => Promise<ActionResult<object>>;
}) {
  const router = useRouter();
  const [stage, setStage] = useState<"idle" | "confirm" | "busy">("idle");
  const [error, setError] = useState<string | null>(null);
  if (stage === "idle") {
    return (
      <button type="button" onClick={() => setStage("confirm")} className="rounded border-2 border-slate-500 px-2 py-1 text-sm font-semibold hover:bg-slate-100">
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={label} className="space-y-2 text-sm">
      <p>{confirmation}</p>
      {error && <p role="alert" className="font-semibold text-red-800">{error}</p>}
      <div className="flex gap-2">
        <button
          type="button"
          disabled={stage === "busy"}
          onClick={async () => {
            setStage("busy");
            const result = await act(input).catch(() => null);
            if (result?.ok) {
              setStage("idle");
              router.refresh();
              return;
            }
            setError(result?.formError ?? "That did not work. Nothing was changed; try again.");
            setStage("confirm");
          }}
          className="rounded bg-red-800 px-2 py-1 font-semibold text-white hover:bg-red-900"
        >
          Yes, {label.toLowerCase()}
        </button>
        <button type="button" onClick={() => setStage("idle")} className="rounded border-2 border-slate-500 px-2 py-1 font-semibold">
          Cancel
        </button>
      </div>
    </div>
  );
}
