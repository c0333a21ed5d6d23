"use client";

import { useState } from "react";

import type { DraftControl, DraftStatus as Status } from "./use-draft";

/** "14:32" in the browser's zone: the clinician compares it with the clock on their wall. */
function clockTime(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

function StatusText({ status }: { status: Status }) {
  switch (status.kind) {
    case "none":
      return null;
    case "saved":
      return (
        <>
          Draft saved{" "}
          {/* The server renders a resumed draft's time in its own zone; the browser's zone wins. */}
          <time dateTime={status.at} suppressHydrationWarning>
            {clockTime(status.at)}
          </time>
        </>
      );
    case "failed":
      return <>{status.message}</>;
    case "gone":
      return <>This form is no longer kept as a draft (it was saved or discarded elsewhere).</>;
    case "discarded":
      return <>Draft discarded.</>;
  }
}

/**
 * The draft's state in a polite live region (announced without interrupting the clinician), a "Save draft"
 * button, and "Discard draft" behind a confirmation. "Save draft" waits for `ready` (every section hydrated): a
 * draft saved before would leave out what was typed in the sections not yet hydrated.
 */
export function DraftStatus({ draft, ready }: { draft: DraftControl; ready: boolean }) {
  const [confirming, setConfirming] = useState(false);
  if (!draft.enabled) return null;
  const button = "rounded border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <p role="status" aria-live="polite" className="min-h-6 text-slate-800">
        <StatusText status={draft.status} />
      </p>
      <button type="button" className={button} onClick={draft.saveNow} disabled={!ready}>
        Save draft
      </button>
      {draft.draftId !== null && !confirming && (
        <button type="button" className={button} onClick={() => setConfirming(true)}>
          Discard draft
        </button>
      )}
      {draft.draftId !== null && confirming && (
        <div role="group" aria-labelledby="discard-draft-question" className="flex flex-wrap items-center gap-3">
          <p id="discard-draft-question" className="font-semibold">
            Discard this draft? Its entries will be deleted.
          </p>
          <button
            type="button"
            className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900"
            onClick={() => {
              setConfirming(false);
              void draft.discard();
            }}
          >
            Yes, discard
          </button>
          <button type="button" className={button} onClick={() => setConfirming(false)} autoFocus>
            Keep the draft
          </button>
        </div>
      )}
    </div>
  );
}
