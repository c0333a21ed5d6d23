/**
 * The sign-off as recorded: the outcome the clinician chose, who signed (name and role as they were then) and
 * when. Shown at the top of a signed or amended screening, since it is the first thing a reader needs.
 */
import type { Signature } from "@/lib/db/types";
import { OUTCOME_LABELS } from "@/lib/review/decisions";

import { DateTime } from "../dates";

export function SignaturePanel({ signature, replaced }: { signature: Signature; replaced: boolean }) {
  return (
    <section aria-labelledby="signature-title" className="rounded-lg border-2 border-slate-800 bg-white p-4 sm:p-6">
      <h2 id="signature-title" className="text-xl font-semibold">
        Outcome: {OUTCOME_LABELS[signature.outcome]}
      </h2>
      <p className="mt-2">
        Signed by {signature.name} ({signature.role}), <DateTime at={signature.at} />.
      </p>
      <p className="mt-1 text-slate-700">
        {replaced
          ? "This version is kept as it was signed; it was later amended."
          : "The screening is locked: its flags, decisions and sign-off no longer change. A correction is made by amending it."}
      </p>
    </section>
  );
}
