import "server-only";

import { signOffReadiness, type Outcome } from "@/lib/review/decisions";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { claimOpenScreening, refuseReview, runReview, type ReviewResult } from "./screening-lock.server";
import { decisionSchema, parseStored, severitySchema } from "./stored-json.server";
import type { Actor } from "./types";

export interface SignScreeningArgs {
  /** The signer, whose password the caller has just verified. */
  readonly actor: Actor;
  readonly screeningId: string;
  readonly outcome: Outcome;
  /** The signer's name and role now: stored with the signature so that a later rename does not rewrite it. */
  readonly signer: { readonly name: string; readonly role: string };
  readonly now?: Date;
}

/**
 * Signs a screening awaiting review and so locks it: from then on no data-access function changes its flags,
 * decisions or sign-off (an amendment makes a new version instead). Refused, with nothing written, unless every
 * critical and warning flag has a decision; the check runs inside the transaction, after the screening is
 * claimed, so a decision cleared concurrently cannot slip through. The outcome is the clinician's choice, stored
 * as given. The audit event commits with the signature.
 */
export async function signScreening(args: SignScreeningArgs): Promise<ReviewResult<{ signedAt: Date }>> {
  const { actor } = args;
  requirePersonActor(actor);
  const signedAt = args.now ?? new Date();
  return runReview(async (tx) => {
    const screening = await claimOpenScreening(tx, args.screeningId);
    const flags = await tx.flag.findMany({
      where: { screeningId: args.screeningId },
      orderBy: { position: "asc" },
      select: { id: true, ruleId: true, severity: true, decision: true },
    });
    const readiness = signOffReadiness(
      flags.map((flag) => ({
        ...flag,
        severity: parseStored(severitySchema, flag.severity, `severity of flag ${flag.id}`),
        decision: parseStored(decisionSchema.nullable(), flag.decision, `decision on flag ${flag.id}`),
      })),
    );
    if (!readiness.ready) refuseReview("undecided", readiness.undecided.map((flag) => flag.ruleId));

    await tx.screening.update({
      where: { id: args.screeningId },
      data: {
        status: "signed",
        outcome: args.outcome,
        signedById: actor.userId,
        signedAt,
        signerName: args.signer.name,
        signerRole: args.signer.role,
      },
    });
    await appendAuditEvent(tx, {
      ...actorColumns(actor),
      event: "screening-signed",
      outcome: "success",
      recordType: "screening",
      recordId: args.screeningId,
      patientId: screening.patientId,
      detail: { outcome: args.outcome, version: screening.version, decisions: flags.filter((flag) => flag.decision !== null).length },
    });
    return { signedAt };
  });
}
