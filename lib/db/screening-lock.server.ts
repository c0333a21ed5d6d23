import "server-only";

import { getDb, TRANSACTION_OPTIONS, type Tx } from "./client.server";

/**
 * Why a review step changed nothing: the screening does not exist (or the flag is not one of its own), it is no
 * longer open for review (signed or amended: locked), or the step does not fit the stored record.
 */
export type ReviewRefusalReason = "not-found" | "locked" | "not-decidable" | "severity-changed" | "undecided";

export type ReviewResult<T extends object = object> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly reason: ReviewRefusalReason; readonly undecidedRuleIds?: readonly string[] };

/** Thrown inside a review transaction to roll it back; turned into a `{ ok: false }` result by `runReview`. */
class ReviewRefusal extends Error {
  override name = "ReviewRefusal";
  constructor(
    readonly reason: ReviewRefusalReason,
    readonly undecidedRuleIds?: readonly string[],
  ) {
    super(reason);
  }
}

export function refuseReview(reason: ReviewRefusalReason, undecidedRuleIds?: readonly string[]): never {
  throw new ReviewRefusal(reason, undecidedRuleIds);
}

/**
 * Runs one review step in a transaction; a refusal rolls back whatever the step wrote (its audit event too) and
 * comes back as a value.
 */
export async function runReview<T extends object>(step: (tx: Tx) => Promise<T>): Promise<ReviewResult<T>> {
  const db = await getDb();
  try {
    const result = await db.$transaction(step, TRANSACTION_OPTIONS);
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof ReviewRefusal) {
      return { ok: false, reason: error.reason, ...(error.undecidedRuleIds ? { undecidedRuleIds: error.undecidedRuleIds } : {}) };
    }
    throw error;
  }
}

/**
 * The first write of every review step: touches the screening only while it is awaiting review, so a signed or
 * amended screening is never changed by any step. The conditional update is also the step's lock: on PostgreSQL
 * it holds the row until commit (a sign-off and a decision on the same screening run one after the other, and the
 * second re-checks the status), on SQLite the whole transaction holds the file's write lock.
 */
export async function claimOpenScreening(tx: Tx, screeningId: string): Promise<{ readonly patientId: string; readonly version: number }> {
  const claimed = await tx.screening.updateMany({
    where: { id: screeningId, status: "awaiting-review" },
    data: { updatedAt: new Date() },
  });
  const row = await tx.screening.findUnique({ where: { id: screeningId }, select: { patientId: true, version: true } });
  if (!row) refuseReview("not-found");
  if (claimed.count === 0) refuseReview("locked");
  return row;
}
