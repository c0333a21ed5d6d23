import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { normaliseEmail } from "@/lib/auth/temporary-password";
import { isRole } from "@/lib/auth/roles";

import { appendAuditEvent } from "./append-audit-event.server";
import { actorColumns } from "./audit-actor.server";
import { getDb, TRANSACTION_OPTIONS, type Tx } from "./client.server";
import type { Actor, ApiTokenOwner, ApiTokenSummary } from "./types";

/**
 * Personal API tokens (docs/decisions/0016): issued by an admin or from the command line, each acting as one
 * account, stored only as a hash, revocable. The token is `ks_` and 43 base64url characters (32 random bytes).
 */
const TOKEN_MARK = "ks_";
const TOKEN_PATTERN = /^ks_[A-Za-z0-9_-]{43}$/;
/** "ks_" and 7 characters (42 bits): enough to tell a clinic's tokens apart, nowhere near enough to use one. */
const SHOWN_PREFIX_LENGTH = 10;
/** lastUsedAt is written at most this often per token, so a busy client does not turn every read into a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

const NO_ACTIVE_ACCOUNT = "No active account has this email";

/**
 * SHA-256, not a slow password hash: the token holds 256 random bits, so there is no dictionary to slow down,
 * and the lookup on every API request stays cheap. A stolen table still yields no usable token.
 */
function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const SUMMARY_SELECT = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

type SummaryRow = {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly user: { readonly id: string; readonly name: string; readonly email: string };
};

function toSummary({ user, ...token }: SummaryRow): ApiTokenSummary {
  return { ...token, owner: user };
}

/** The label is free text an admin typed: it stays out of the trail, which can never be purged. */
async function auditTokenChange(tx: Tx, actor: Actor, event: "api-token-issued" | "api-token-revoked", tokenId: string, ownerUserId: string) {
  await appendAuditEvent(tx, { ...actorColumns(actor), event, outcome: "success", recordType: "api-token", recordId: tokenId, patientId: null, detail: { ownerUserId } });
}

export type IssueApiTokenResult =
  | { readonly ok: true; readonly token: string; readonly summary: ApiTokenSummary }
  | { readonly ok: false; readonly fieldErrors: Record<string, string[]> };

/**
 * Issues a token acting as the active account with this email, and audits it in the same transaction. The
 * plaintext is returned here once and never stored; the command line (no signed-in user) may issue too.
 */
export async function issueApiToken(actor: Actor, args: { readonly email: string; readonly name: string }): Promise<IssueApiTokenResult> {
  const token = TOKEN_MARK + randomBytes(32).toString("base64url");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { email: normaliseEmail(args.email) }, select: { id: true, deactivatedAt: true } });
    if (!owner || owner.deactivatedAt !== null) return { ok: false, fieldErrors: { email: [NO_ACTIVE_ACCOUNT] } } as const;
    const row = await tx.apiToken.create({
      data: {
        userId: owner.id,
        name: args.name.trim(),
        tokenHash: hashToken(token),
        prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
        createdById: actor.userId,
      },
      select: SUMMARY_SELECT,
    });
    await auditTokenChange(tx, actor, "api-token-issued", row.id, owner.id);
    return { ok: true, token, summary: toSummary(row) } as const;
  }, TRANSACTION_OPTIONS);
}

/** Revokes a token for good; false when there is no such token or it was already revoked. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Conditional, so two admins revoking at once record one revocation.
    const changed = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date(), revokedById: actor.userId } });
    if (changed.count === 0) return false;
    const { userId } = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { userId: true } });
    await auditTokenChange(tx, actor, "api-token-revoked", tokenId, userId);
    return true;
  }, TRANSACTION_OPTIONS);
}

/** Every token, revoked ones included, newest first. Tokens are few (a clinic's integrations): no paging. */
export async function listApiTokens(): Promise<readonly ApiTokenSummary[]> {
  const db = await getDb();
  const rows = await db.apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: SUMMARY_SELECT });
  return rows.map(toSummary);
}

/**
 * The account a presented token acts as, or null when the token is malformed, unknown or revoked, or its owner
 * is deactivated or has no known role. The caller answers every null the same way, so nothing tells them apart.
 *
 * The token is found by its hash, not compared: an attacker timing the index lookup learns about the hash of
 * what they sent, which they already know, so a constant-time comparison would protect nothing here.
 */
export async function authenticateApiToken(token: string, now: Date = new Date()): Promise<ApiTokenOwner | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const db = await getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, deactivatedAt: true } } },
  });
  if (!row || row.revokedAt !== null || row.user.deactivatedAt !== null || !isRole(row.user.role)) return null;
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (row.lastUsedAt === null || row.lastUsedAt <= staleBefore) {
    // The condition is checked again by the update itself: of several app servers seeing the same stale time,
    // the first write wins and the others' updates match no row (PostgreSQL re-reads a row it waited for).
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  const { id, email, name, role } = row.user;
  return { tokenId: row.id, user: { id, email, name, role } };
}
