import "server-only";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { claimOpenScreening, refuseReview, runReview, type ReviewResult } from "./screening-lock.server";
import type { Actor } from "./types";

export interface RecordCounsellingTickArgs {
  readonly actor: Actor;
  readonly screeningId: string;
  readonly flagId: string;
  /** True ticks the counselling point as discussed with the patient; false clears the tick. */
  readonly discussed: boolean;
}

/** Ticks (or clears) a counselling (info) flag as discussed, on a screening awaiting review, with its audit event. */
export async function recordCounsellingTick(args: RecordCounsellingTickArgs): Promise<ReviewResult> {
  const { actor } = args;
  requirePersonActor(actor);
  return runReview(async (tx) => {
    const screening = await claimOpenScreening(tx, args.screeningId);
    const flag = await tx.flag.findFirst({ where: { id: args.flagId, screeningId: args.screeningId }, select: { id: true, ruleId: true, severity: true } });
    if (!flag) refuseReview("not-found");
    if (flag.severity !== "info") refuseReview("not-decidable");
    await tx.flag.update({
      where: { id: flag.id },
      data: args.discussed ? { discussedAt: new Date(), discussedById: actor.userId } : { discussedAt: null, discussedById: null },
    });
    await appendAuditEvent(tx, {
      ...actorColumns(actor),
      event: "counselling-discussed",
      outcome: "success",
      recordType: "screening",
      recordId: args.screeningId,
      patientId: screening.patientId,
      detail: { ruleId: flag.ruleId, discussed: args.discussed },
    });
    return {};
  });
}
