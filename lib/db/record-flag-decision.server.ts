import "server-only";

import { needsDecision } from "@/lib/rules/flag-summary";
import type { Severity } from "@/lib/rules/types";
import type { FlagDecision } from "@/lib/review/decisions";
import { noteRequired } from "@/lib/review/decisions";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { claimOpenScreening, refuseReview, runReview, type ReviewResult } from "./screening-lock.server";
import type { Actor } from "./types";

export interface RecordFlagDecisionArgs {
  readonly actor: Actor;
  readonly screeningId: string;
  readonly flagId: string;
  /** The severity the clinician saw: a decision made on another severity than the stored one is refused. */
  readonly severity: Severity;
  readonly decision: FlagDecision;
  readonly note?: string;
}

/**
 * Records (or replaces) the clinician's decision on one critical or warning flag of a screening awaiting review,
 * with its audit event in the same transaction. The note is kept on the flag, never in the audit trail: it is
 * clinical free text, and the trail is never purged.
 */
export async function recordFlagDecision(args: RecordFlagDecisionArgs): Promise<ReviewResult> {
  const { actor } = args;
  requirePersonActor(actor);
  return runReview(async (tx) => {
    const screening = await claimOpenScreening(tx, args.screeningId);
    const flag = await tx.flag.findFirst({
      where: { id: args.flagId, screeningId: args.screeningId },
      select: { id: true, ruleId: true, severity: true },
    });
    if (!flag) refuseReview("not-found");
    if (flag.severity !== args.severity) refuseReview("severity-changed");
    if (!needsDecision(args.severity)) refuseReview("not-decidable");
    // The schema checked this for the severity sent; the stored severity is now known to be the same.
    if (noteRequired(args.decision, args.severity) && !args.note) refuseReview("not-decidable");

    await tx.flag.update({
      where: { id: flag.id },
      data: { decision: args.decision, decisionNote: args.note ?? null, decidedById: actor.userId, decidedAt: new Date() },
    });
    await appendAuditEvent(tx, {
      ...actorColumns(actor),
      event: "flag-decision-recorded",
      outcome: "success",
      recordType: "screening",
      recordId: args.screeningId,
      patientId: screening.patientId,
      detail: { ruleId: flag.ruleId, severity: flag.severity, decision: args.decision, withNote: Boolean(args.note) },
    });
    return {};
  });
}
