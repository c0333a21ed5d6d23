/**
 * Accounts, sessions, the TOTP replay guard and the audit events of patient-data access, on a real database;
 * shared by the SQLite and PostgreSQL test files. Every test makes its own accounts, so tests sharing one
 * database never meet.
 */
import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { claimTotpStep } from "@/lib/db/claim-totp-step.server";
import { getDb } from "@/lib/db/client.server";
import { createAccount } from "@/lib/db/create-account.server";
import { deactivateAccount } from "@/lib/db/deactivate-account.server";
import { endSession } from "@/lib/db/end-session.server";
import { getPatientPrefill } from "@/lib/db/get-patient-prefill.server";
import { getScreening } from "@/lib/db/get-screening.server";
import { listAccounts } from "@/lib/db/list-accounts.server";
import { listScreenings } from "@/lib/db/list-screenings.server";
import { resetSecondFactor } from "@/lib/db/reset-second-factor.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import { touchSession } from "@/lib/db/touch-session.server";
import type { Actor } from "@/lib/db/types";

import { saveArgs, uniqueInput } from "./db-suite";

const ADMIN_ACTOR: Actor = { userId: null, email: "command line", ipAddress: "local" };

async function newAccount(role: "clinician" | "admin" = "clinician"): Promise<Actor & { userId: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.invalid`;
  const created = await createAccount({ actor: ADMIN_ACTOR, name: `Test ${role}`, email, role, passwordHash: "scrypt-hash", mustChangePassword: true });
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  return { userId: created.userId, email, ipAddress: "192.0.2.7" };
}

async function newSession(userId: string): Promise<string> {
  const db = await getDb();
  const id = randomUUID();
  await db.session.create({ data: { id, token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) }, select: { id: true } });
  return id;
}

async function eventsAbout(recordId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { recordId }, orderBy: { sequence: "asc" }, omit: { hash: true, prevHash: true } });
}

export function describeAccounts(engine: string) {
  describe(`accounts on ${engine}`, { timeout: 30_000 }, () => {
    it("creates a user with a credential login and its audit event in one transaction; a taken email writes nothing", async () => {
      const actor = await newAccount();
      const db = await getDb();
      const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, include: { accounts: true } });
      expect(user).toMatchObject({ email: actor.email, role: "clinician", mustChangePassword: true, deactivatedAt: null });
      expect(user.accounts).toEqual([expect.objectContaining({ providerId: "credential", accountId: actor.userId, password: "scrypt-hash" })]);
      expect(await eventsAbout(actor.userId)).toEqual([
        expect.objectContaining({ event: "account-created", outcome: "success", actorEmail: "command line", actorUserId: null, detail: '{"role":"clinician","temporaryPassword":true}' }),
      ]);

      const users = await db.user.count();
      const again = await createAccount({ actor: ADMIN_ACTOR, name: "Other", email: actor.email, role: "admin", passwordHash: "x", mustChangePassword: false });
      expect(again).toEqual({ ok: false, fieldErrors: { email: ["An account with this email already exists"] } });
      expect(await db.user.count()).toBe(users);
    });

    it("deactivation ends every session of the account at once, is recorded, and cannot be done twice or to oneself", async () => {
      const admin = await newAccount("admin");
      const clinician = await newAccount();
      await newSession(clinician.userId);
      await newSession(clinician.userId);
      const db = await getDb();

      expect(await deactivateAccount(admin, admin.userId)).toEqual({ ok: false, formError: "You cannot deactivate your own account." });
      expect(await deactivateAccount(admin, clinician.userId)).toEqual({ ok: true });
      expect(await db.session.count({ where: { userId: clinician.userId } })).toBe(0);
      expect((await db.user.findUniqueOrThrow({ where: { id: clinician.userId } })).deactivatedAt).toBeInstanceOf(Date);
      expect((await eventsAbout(clinician.userId)).map((event) => [event.event, event.actorUserId, event.detail])).toContainEqual([
        "account-deactivated",
        admin.userId,
        '{"sessionsEnded":2}',
      ]);
      expect(await deactivateAccount(admin, clinician.userId)).toMatchObject({ ok: false });
      expect((await listAccounts()).find((account) => account.id === clinician.userId)?.deactivatedAt).toBeInstanceOf(Date);
    });

    it("a second-factor reset removes the factor, the replay guard's step and the sessions, and is recorded", async () => {
      const admin = await newAccount("admin");
      const clinician = await newAccount();
      const db = await getDb();
      await db.twoFactor.create({ data: { id: randomUUID(), secret: "s", backupCodes: "b", userId: clinician.userId }, select: { id: true } });
      await db.user.update({ where: { id: clinician.userId }, data: { twoFactorEnabled: true }, select: { id: true } });
      expect(await claimTotpStep(clinician.userId, 100)).toBe(true);
      await newSession(clinician.userId);

      expect(await resetSecondFactor(admin, clinician.userId)).toEqual({ ok: true });
      expect(await db.twoFactor.count({ where: { userId: clinician.userId } })).toBe(0);
      expect(await db.totpStepUse.count({ where: { userId: clinician.userId } })).toBe(0);
      expect(await db.session.count({ where: { userId: clinician.userId } })).toBe(0);
      expect((await db.user.findUniqueOrThrow({ where: { id: clinician.userId } })).twoFactorEnabled).toBe(false);
      expect((await eventsAbout(clinician.userId)).map((event) => event.event)).toContain("mfa-reset");
      expect(await resetSecondFactor(admin, "no-such-user")).toEqual({ ok: false, formError: "This account does not exist." });
    });

    it("a TOTP time step is accepted once, never an earlier one, and one of many concurrent claims wins", async () => {
      const { userId } = await newAccount();
      expect(await claimTotpStep(userId, 1000)).toBe(true);
      expect(await claimTotpStep(userId, 1000)).toBe(false);
      expect(await claimTotpStep(userId, 999)).toBe(false);
      expect(await claimTotpStep(userId, 1001)).toBe(true);
      const results = await Promise.all(Array.from({ length: 12 }, () => claimTotpStep(userId, 2000)));
      expect(results.filter(Boolean)).toHaveLength(1);

      const other = await newAccount();
      const first = await Promise.all(Array.from({ length: 12 }, () => claimTotpStep(other.userId, 5)));
      expect(first.filter(Boolean)).toHaveLength(1);
    });

    it("ending a session deletes it and records the reason once, however many requests end it at once", async () => {
      const actor = await newAccount();
      const sessionId = await newSession(actor.userId);
      const ends = await Promise.all(
        Array.from({ length: 5 }, () => endSession({ sessionId, reason: "idle-logoff", actorUserId: actor.userId, actorEmail: actor.email, ipAddress: actor.ipAddress })),
      );
      expect(ends.filter(Boolean)).toHaveLength(1);
      expect((await eventsAbout(sessionId)).map((event) => [event.event, event.outcome])).toEqual([["idle-logoff", "success"]]);
    });

    it("activity moves a session's last activity forward, never back", async () => {
      const actor = await newAccount();
      const sessionId = await newSession(actor.userId);
      const db = await getDb();
      const later = new Date(Date.now() + 60_000);
      await touchSession(sessionId, later);
      await touchSession(sessionId, new Date(Date.now() - 60_000));
      expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastActiveAt).toEqual(later);
    });

    it("saving, viewing and pre-filling a patient's screening are each recorded with who, which record and which patient", async () => {
      const actor = await newAccount();
      const saved = await saveScreening(saveArgs(uniqueInput(), { actor }));
      if (!saved.ok) throw new Error("expected a saved screening");
      const db = await getDb();
      const row = await db.screening.findUniqueOrThrow({ where: { id: saved.screeningId }, select: { createdById: true, patientId: true } });
      expect(row.createdById).toBe(actor.userId);

      await getScreening(actor, saved.screeningId);
      await getPatientPrefill(actor, row.patientId);
      const events = await eventsAbout(saved.screeningId);
      expect(events.map((event) => [event.event, event.actorUserId, event.patientId, event.ipAddress])).toEqual([
        ["screening-created", actor.userId, row.patientId, actor.ipAddress],
        ["screening-viewed", actor.userId, row.patientId, actor.ipAddress],
        ["patient-prefill-read", actor.userId, row.patientId, actor.ipAddress],
      ]);
      // A repeated submission is no new screening and no new event.
      await saveScreening(saveArgs(uniqueInput(), { actor, submissionId: (await db.screening.findUniqueOrThrow({ where: { id: saved.screeningId } })).submissionId }));
      expect((await eventsAbout(saved.screeningId)).filter((event) => event.event === "screening-created")).toHaveLength(1);
    });

    it("patient data is read and changed only on behalf of a signed-in person", async () => {
      await expect(listScreenings(ADMIN_ACTOR)).rejects.toThrow(/signed-in user/);
      await expect(getScreening(ADMIN_ACTOR, "any")).rejects.toThrow(/signed-in user/);
      await expect(saveScreening(saveArgs(uniqueInput(), { actor: ADMIN_ACTOR }))).rejects.toThrow(/signed-in user/);
    });
  });
}
