"use client";

import { useId, useState } from "react";

export type Issued = { readonly token: string; readonly name: string; readonly ownerEmail: string };

/**
 * The new token, in a read-only field to select or copy. It lives only in this component's state: the server
 * keeps its hash, so a reload loses it for good, which is the point.
 */
export function IssuedApiToken({ issued }: { issued: Issued }) {
  const id = useId();
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div role="status" className="space-y-2 rounded-lg border-l-8 border-green-800 bg-white p-4">
      <p className="font-semibold">
        Token “{issued.name}” issued for {issued.ownerEmail}.
      </p>
      <p id={`${id}-warning`} className="font-semibold text-red-900">
        Copy it now: it will not be shown again. Anyone holding it acts as {issued.ownerEmail}.
      </p>
      <label htmlFor={`${id}-token`} className="block font-semibold">
        New API token
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={`${id}-token`}
          readOnly
          value={issued.token}
          aria-describedby={`${id}-warning ${id}-usage`}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
          className="block w-full max-w-xl rounded border-2 border-slate-500 bg-slate-50 px-3 py-2 font-mono"
        />
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(issued.token).then(
              () => setCopied("copied"),
              () => setCopied("failed"),
            )
          }
          className="rounded border-2 border-slate-500 px-3 py-2 font-semibold hover:bg-slate-100"
        >
          Copy
        </button>
      </div>
      <p aria-live="polite" className="text-sm">
        {copied === "copied" ? "Copied to the clipboard." : copied === "failed" ? "Could not copy; select the field and copy it by hand." : ""}
      </p>
      <p id={`${id}-usage`} className="text-sm text-slate-700">
        The other system sends it with every request as the header <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
      </p>
    </div>
  );
}
