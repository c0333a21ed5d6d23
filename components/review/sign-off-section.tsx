/**
 * The last step of a review: once every critical and warning flag has a decision, the outcome and signature;
 * before that, the flags still waiting, each linking to its card.
 */
import type { ActionResult } from "@/lib/actions/define-action";
import type { StoredFlag } from "@/lib/db/types";
import { signOffReadiness } from "@/lib/review/decisions";

import { flagAnchorId } from "../screening-result/flag-anchor";
import { SignOffForm } from "./forms-after-page";

export function SignOffSection({
  screeningId,
  flags,
  action,
}: {
  screeningId: string;
  flags: readonly StoredFlag[];
  action: (form: unknown) => Promise<ActionResult<object>>;
}) {
  const readiness = signOffReadiness(flags.map((flag) => ({ ...flag, decision: flag.decision?.decision ?? null })));
  return (
    <section aria-labelledby="sign-off-title" className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6 print:hidden">
      <h2 id="sign-off-title" className="text-xl font-semibold">
        Sign-off
      </h2>
      {readiness.ready ? (
        <div className="mt-3">
          <SignOffForm screeningId={screeningId} action={action} />
        </div>
      ) : (
        <div className="mt-2">
          <p>
            Before signing, record a decision on {readiness.undecided.length === 1 ? "this flag" : `these ${readiness.undecided.length} flags`}:
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {readiness.undecided.map((flag) => (
              <li key={flag.id}>
                <a href={`#${flagAnchorId(flag.ruleId)}`} className="text-blue-800 underline">
                  {flag.summary}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
