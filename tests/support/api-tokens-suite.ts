/**
 * Personal API tokens on a real database, shared by the SQLite and PostgreSQL test files: a token acts as its
 * owner until revoked or the owner is deactivated, only its hash is stored, its last use is written at most once
 * a minute, and issuing and revoking are audited with the acting person.
 */
import { createHash, randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { authenticateApiToken, issueApiToken, listApiTokens, revokeApiToken } from "@/lib/db/api-tokens.server";
import { getDb } from "@/lib/db/client.server";
import { createAccount } from "@/lib/db/create-account.server";
import { deactivateAccount } from "@/lib/db/deactivate-account.server";
import type { Actor } from "@/lib/db/types";

import { COMMAND_LINE_ACTOR } from "@/scripts/accounts/command-line-actor";

async function newAccount(role: "clinician" | "admin" = "clinician"): Promise<Actor & { userId: string; name: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.invalid`;
  const name = `Token ${role} ${email.slice(role.length + 1, role.length + 9)}`;
  const created = await createAccount({ actor: COMMAND_LINE_ACTOR, name, email, role, passwordHash: "scrypt-hash", mustChangePassword: false });
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  return { userId: created.userId, email, name, ipAddress: "192.0.2.9" };
}

async function issued(actor: Actor, owner: { email: string }, name = "EHR bridge") {
  const result = await issueApiToken(actor, { email: owner.email, name });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result;
}

async function tokenEvents(tokenId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { recordId: tokenId },
    orderBy: { sequence: "asc" },
    select: { event: true, outcome: true, actorUserId: true, actorEmail: true, recordType: true, detail: true, patientId: true },
  });
}

async function lastUsedAt(tokenId: string): Promise<Date | null> {
  const db = await getDb();
  return (await db.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { lastUsedAt: true } })).lastUsedAt;
}

export function describeApiTokens(engine: string) {
  describe(`personal API tokens on ${engine}`, { timeout: 60_000 }, () => {
    it("issues a token that authenticates as its owner, and lists it newest first with its prefix", async () => {
      const admin = await newAccount("admin");
      const owner = await newAccount();
      const older = await issued(admin, owner, "Older");
      const result = await issued(admin, { email: ` ${owner.email.toUpperCase()} ` });
      expect(result.token).toMatch(/^ks_[A-Za-z0-9_-]{43}$/);
      expect(result.summary).toMatchObject({ name: "EHR bridge", prefix: result.token.slice(0, 10), owner: { id: owner.userId, email: owner.email, name: owner.name }, lastUsedAt: null, revokedAt: null });

      expect(await authenticateApiToken(result.token)).toEqual({
        tokenId: result.summary.id,
        user: { id: owner.userId, email: owner.email, name: owner.name, role: "clinician" },
      });
      const ids = (await listApiTokens()).map((token) => token.id);
      expect(ids.indexOf(result.summary.id)).toBeLessThan(ids.indexOf(older.summary.id));
      expect(ids.indexOf(result.summary.id)).toBeGreaterThanOrEqual(0);
    });

    it("stores only the token's SHA-256, never the token", async () => {
      const admin = await newAccount("admin");
      const { token, summary } = await issued(admin, await newAccount());
      const db = await getDb();
      const row = await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
      expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(row.createdById).toBe(admin.userId);
      // Everything past the shown prefix is secret: no column holds it.
      expect(JSON.stringify(row)).not.toContain(token.slice(10));
    });

    it("refuses a revoked token, and revokes only once", async () => {
      const admin = await newAccount("admin");
      const { token, summary } = await issued(admin, await newAccount());
      expect(await revokeApiToken(admin, summary.id)).toBe(true);
      expect(await authenticateApiToken(token)).toBeNull();
      expect(await revokeApiToken(admin, summary.id)).toBe(false);
      expect(await revokeApiToken(admin, "no-such-token")).toBe(false);
      const listed = (await listApiTokens()).find((entry) => entry.id === summary.id);
      expect(listed?.revokedAt).toBeInstanceOf(Date);
      const db = await getDb();
      expect((await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } })).revokedById).toBe(admin.userId);
    });

    it("refuses the token of a deactivated owner, or of an owner whose role is unknown", async () => {
      const admin = await newAccount("admin");
      const owner = await newAccount();
      const { token } = await issued(admin, owner);
      expect(await deactivateAccount(admin, owner.userId)).toEqual({ ok: true });
      expect(await authenticateApiToken(token)).toBeNull();

      const odd = await newAccount();
      const second = await issued(admin, odd);
      const db = await getDb();
      await db.user.update({ where: { id: odd.userId }, data: { role: "superuser" }, select: { id: true } });
      expect(await authenticateApiToken(second.token)).toBeNull();
    });

    it("refuses malformed and unknown tokens", async () => {
      const { token } = await issued(await newAccount("admin"), await newAccount());
      const altered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
      for (const candidate of ["", "ks_", token.slice(0, -1), `${token}A`, `Bearer ${token}`, token.replace("ks_", "kx_"), altered, ` ${token}`]) {
        expect(await authenticateApiToken(candidate), candidate).toBeNull();
      }
    });

    it("writes the last use once, then not again within a minute, then again", async () => {
      const { token, summary } = await issued(await newAccount("admin"), await newAccount());
      const first = new Date("2026-11-26T10:00:00.000Z");
      expect(await authenticateApiToken(token, first)).not.toBeNull();
      expect(await lastUsedAt(summary.id)).toEqual(first);
      expect(await authenticateApiToken(token, new Date(first.getTime() + 59_000))).not.toBeNull();
      expect(await lastUsedAt(summary.id)).toEqual(first);
      const later = new Date(first.getTime() + 60_000);
      expect(await authenticateApiToken(token, later)).not.toBeNull();
      expect(await lastUsedAt(summary.id)).toEqual(later);
    });

    it("lets concurrent requests all through while one of them writes the last use", async () => {
      const { token, summary } = await issued(await newAccount("admin"), await newAccount());
      const at = new Date("2026-11-26T11:00:00.000Z");
      const owners = await Promise.all(Array.from({ length: 8 }, (_, i) => authenticateApiToken(token, new Date(at.getTime() + i))));
      expect(owners.every((owner) => owner?.tokenId === summary.id)).toBe(true);
      const written = await lastUsedAt(summary.id);
      expect(written!.getTime() - at.getTime()).toBeLessThan(8);
    });

    it("audits issuing and revoking with the acting person, the owner's id and no label", async () => {
      const admin = await newAccount("admin");
      const owner = await newAccount();
      const { summary } = await issued(admin, owner, "Label not for the trail");
      await revokeApiToken(admin, summary.id);
      const detail = JSON.stringify({ ownerUserId: owner.userId });
      expect(await tokenEvents(summary.id)).toEqual([
        { event: "api-token-issued", outcome: "success", actorUserId: admin.userId, actorEmail: admin.email, recordType: "api-token", detail, patientId: null },
        { event: "api-token-revoked", outcome: "success", actorUserId: admin.userId, actorEmail: admin.email, recordType: "api-token", detail, patientId: null },
      ]);
    });

    it("lets the command line issue, recorded with no user", async () => {
      const owner = await newAccount();
      const { summary } = await issued(COMMAND_LINE_ACTOR, owner);
      const db = await getDb();
      expect((await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } })).createdById).toBeNull();
      expect(await tokenEvents(summary.id)).toMatchObject([{ event: "api-token-issued", actorUserId: null, actorEmail: "command line" }]);
    });

    it("answers an unknown or deactivated owner with a field error on the email, and stores nothing", async () => {
      const admin = await newAccount("admin");
      const gone = await newAccount();
      await deactivateAccount(admin, gone.userId);
      const db = await getDb();
      const before = await db.apiToken.count();
      for (const email of ["nobody@test.invalid", gone.email]) {
        expect(await issueApiToken(admin, { email, name: "EHR bridge" })).toEqual({ ok: false, fieldErrors: { email: ["No active account has this email"] } });
      }
      expect(await db.apiToken.count()).toBe(before);
    });
  });
}
