"use server";

/**
 * The review Server Actions of the result page: a decision on a flag, a counselling point ticked as discussed,
 * and the sign-off. Each is a public POST endpoint, so its argument is parsed again with the form's own schema;
 * the data layer then refuses anything on a screening that is no longer awaiting review.
 */
import type { ActionFailure } from "@/lib/actions/define-action";
import { recordCounsellingTick } from "@/lib/db/record-counselling-tick.server";
import { recordFlagDecision } from "@/lib/db/record-flag-decision.server";
import type { ReviewResult } from "@/lib/db/screening-lock.server";
import { counsellingTickSchema, flagDecisionSchema, signOffSchema } from "@/lib/review/schemas";
import { actorFor } from "@/lib/server/request-context.server";
import { serverAction } from "@/lib/server/server-action";
import { signOffScreening } from "@/lib/server/sign-off.server";

const REVIEW_FAILURE = "Nothing was changed: the review step could not be saved. Try again.";

/** What the clinician is told when the stored record no longer allows the step; nothing was changed. */
function refusalOf(result: Exclude<ReviewResult, { ok: true }>): ActionFailure {
  switch (result.reason) {
    case "locked":
      return { ok: false, formError: "This screening is signed and locked, or a later version replaced it. Nothing was changed; reload the page to see it as it is now." };
    case "not-found":
      return { ok: false, formError: "This flag is not part of the screening any more. Nothing was changed; reload the page." };
    case "severity-changed":
      return { ok: false, formError: "This flag changed since the page was loaded. Nothing was changed; reload the page." };
    case "not-decidable":
      return { ok: false, formError: "This flag does not take that kind of review. Nothing was changed." };
    case "undecided":
      return { ok: false, formError: `Not signed: ${result.undecidedRuleIds?.length ?? 0} flag(s) still need a decision.` };
  }
}

const decide = serverAction({
  access: "clinician",
  name: "record-flag-decision",
  schema: flagDecisionSchema,
  failureMessage: REVIEW_FAILURE,
  handler: async (input, user) => {
    const result = await recordFlagDecision({ actor: await actorFor(user), ...input });
    return result.ok ? { ok: true as const } : refusalOf(result);
  },
});

const tick = serverAction({
  access: "clinician",
  name: "record-counselling-tick",
  schema: counsellingTickSchema,
  failureMessage: REVIEW_FAILURE,
  handler: async (input, user) => {
    const result = await recordCounsellingTick({ actor: await actorFor(user), ...input });
    return result.ok ? { ok: true as const } : refusalOf(result);
  },
});

const signOff = serverAction({
  access: "clinician",
  name: "sign-screening",
  schema: signOffSchema,
  failureMessage: "The screening could not be signed: nothing was changed. Try again.",
  handler: async ({ screeningId, outcome, password }, user) => {
    const result = await signOffScreening(user, screeningId, outcome, password);
    if (result.ok) return { ok: true as const };
    if ("field" in result) return { ok: false as const, fieldErrors: { [result.field]: [result.message] } };
    return refusalOf({ ok: false, reason: result.refusal, undecidedRuleIds: result.undecidedRuleIds });
  },
});

export async function recordFlagDecisionAction(form: unknown) {
  return decide(form);
}

export async function recordCounsellingTickAction(form: unknown) {
  return tick(form);
}

export async function signScreeningAction(form: unknown) {
  return signOff(form);
}
