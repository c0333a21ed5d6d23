/**
 * Review and sign-off on a real database, shared by the SQLite and PostgreSQL test files: decisions and
 * counselling ticks are recorded and audited in the same transaction; sign-off needs a decision on every critical
 * and warning flag; once signed, no data-access function changes the screening.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { getScreening } from "@/lib/db/get-screening.server";
import { recordCounsellingTick } from "@/lib/db/record-counselling-tick.server";
import { recordFlagDecision } from "@/lib/db/record-flag-decision.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import { signScreening } from "@/lib/db/sign-screening.server";

import { ACTOR, ASSESSMENT, ensureTestClinician, saveArgs, uniqueInput } from "./db-suite";

const SIGNER = { name: "Data Access Clinician", role: "clinician" } as const;

async function newScreening() {
  const saved = await saveScreening(saveArgs(uniqueInput()));
  if (!saved.ok) throw new Error("expected a stored screening");
  const db = await getDb();
  const flags = await db.flag.findMany({ where: { screeningId: saved.screeningId }, orderBy: { position: "asc" }, select: { id: true, ruleId: true, severity: true } });
  return { id: saved.screeningId, flags };
}

/** Everything a review step could change, to compare before and after a refused step. */
async function snapshot(screeningId: string) {
  const db = await getDb();
  const screening = await db.screening.findUniqueOrThrow({ where: { id: screeningId }, include: { flags: { orderBy: { position: "asc" } } } });
  const events = await db.auditEvent.count({ where: { recordId: screeningId, event: { not: "screening-viewed" } } });
  return { screening, events };
}

async function eventsAbout(screeningId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { recordId: screeningId, event: { in: ["flag-decision-recorded", "counselling-discussed", "screening-signed"] } },
    orderBy: { sequence: "asc" },
    select: { event: true, detail: true, actorUserId: true },
  });
}

async function decideAll(screening: Awaited<ReturnType<typeof newScreening>>) {
  for (const flag of screening.flags.filter((f) => f.severity !== "info")) {
    const result = await recordFlagDecision({
      actor: ACTOR,
      screeningId: screening.id,
      flagId: flag.id,
      severity: flag.severity as "critical" | "warning",
      decision: flag.severity === "critical" ? "refer" : "proceed-with-precautions",
    });
    expect(result).toEqual({ ok: true });
  }
}

export function describeReview(engine: string) {
  describe(`review and sign-off on ${engine}`, { timeout: 60_000 }, () => {
    beforeAll(ensureTestClinician);

    it("uses a screening with critical, warning and counselling flags", () => {
      expect(new Set(ASSESSMENT.flags.map((flag) => flag.severity))).toEqual(new Set(["critical", "warning", "info"]));
    });

    it("records a decision with its note and author, audited without the note", async () => {
      const screening = await newScreening();
      const critical = screening.flags.find((flag) => flag.severity === "critical")!;
      const result = await recordFlagDecision({
        actor: ACTOR,
        screeningId: screening.id,
        flagId: critical.id,
        severity: "critical",
        decision: "proceed",
        note: "Cardiology reviewed; BP controlled on the day",
      });
      expect(result).toEqual({ ok: true });
      const detail = await getScreening(ACTOR, screening.id);
      const flag = detail?.flags.find((f) => f.id === critical.id);
      expect(flag?.decision).toMatchObject({ decision: "proceed", note: "Cardiology reviewed; BP controlled on the day", name: SIGNER.name });
      const events = await eventsAbout(screening.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ event: "flag-decision-recorded", actorUserId: ACTOR.userId });
      expect(JSON.parse(events[0]!.detail!)).toEqual({ ruleId: critical.ruleId, severity: "critical", decision: "proceed", withNote: true });
    });

    it("refuses, writing nothing, a decision the stored flag does not allow", async () => {
      const screening = await newScreening();
      const critical = screening.flags.find((flag) => flag.severity === "critical")!;
      const info = screening.flags.find((flag) => flag.severity === "info")!;
      const other = await newScreening();
      const before = await snapshot(screening.id);
      const base = { actor: ACTOR, screeningId: screening.id } as const;
      // Proceeding despite a critical flag needs a note, whatever a caller's schema checked.
      expect(await recordFlagDecision({ ...base, flagId: critical.id, severity: "critical", decision: "proceed" })).toMatchObject({ ok: false, reason: "not-decidable" });
      // A decision made on another severity than the stored one (a stale page).
      expect(await recordFlagDecision({ ...base, flagId: critical.id, severity: "warning", decision: "defer" })).toMatchObject({ ok: false, reason: "severity-changed" });
      // Counselling flags are discussed, not decided; decisions are not ticks.
      expect(await recordFlagDecision({ ...base, flagId: info.id, severity: "info", decision: "defer" })).toMatchObject({ ok: false, reason: "not-decidable" });
      expect(await recordCounsellingTick({ ...base, flagId: critical.id, discussed: true })).toMatchObject({ ok: false, reason: "not-decidable" });
      // Another screening's flag, and an unknown screening.
      expect(await recordFlagDecision({ ...base, flagId: other.flags[0]!.id, severity: other.flags[0]!.severity as "critical", decision: "refer" })).toMatchObject({ ok: false, reason: "not-found" });
      expect(await recordFlagDecision({ ...base, screeningId: "no-such-screening", flagId: critical.id, severity: "critical", decision: "refer" })).toMatchObject({ ok: false, reason: "not-found" });
      const after = await snapshot(screening.id);
      expect({ ...after, screening: { ...after.screening, updatedAt: null } }).toEqual({ ...before, screening: { ...before.screening, updatedAt: null } });
    });

    it("ticks and clears a counselling point, audited each time", async () => {
      const screening = await newScreening();
      const info = screening.flags.find((flag) => flag.severity === "info")!;
      expect(await recordCounsellingTick({ actor: ACTOR, screeningId: screening.id, flagId: info.id, discussed: true })).toEqual({ ok: true });
      expect((await getScreening(ACTOR, screening.id))?.flags.find((f) => f.id === info.id)?.discussed).toMatchObject({ name: SIGNER.name });
      expect(await recordCounsellingTick({ actor: ACTOR, screeningId: screening.id, flagId: info.id, discussed: false })).toEqual({ ok: true });
      expect((await getScreening(ACTOR, screening.id))?.flags.find((f) => f.id === info.id)?.discussed).toBeNull();
      expect((await eventsAbout(screening.id)).map((e) => JSON.parse(e.detail!).discussed)).toEqual([true, false]);
    });

    it("refuses sign-off, writing nothing, while a critical or warning flag has no decision", async () => {
      const screening = await newScreening();
      const warning = screening.flags.find((flag) => flag.severity === "warning")!;
      await recordFlagDecision({ actor: ACTOR, screeningId: screening.id, flagId: warning.id, severity: "warning", decision: "defer" });
      const before = await snapshot(screening.id);
      const refused = await signScreening({ actor: ACTOR, screeningId: screening.id, outcome: "deferred", signer: SIGNER });
      const undecided = screening.flags.filter((f) => f.severity !== "info" && f.id !== warning.id).map((f) => f.ruleId);
      expect(refused).toEqual({ ok: false, reason: "undecided", undecidedRuleIds: undecided });
      const after = await snapshot(screening.id);
      expect(after.screening.status).toBe("awaiting-review");
      expect({ ...after, screening: { ...after.screening, updatedAt: null } }).toEqual({ ...before, screening: { ...before.screening, updatedAt: null } });
    });

    it("signs once every decision is made: outcome, name, role and time stored and audited together", async () => {
      const screening = await newScreening();
      await decideAll(screening);
      const signedAt = new Date("2026-11-26T09:30:00.000Z");
      expect(await signScreening({ actor: ACTOR, screeningId: screening.id, outcome: "cleared-with-precautions", signer: SIGNER, now: signedAt })).toEqual({ ok: true, signedAt });
      const detail = await getScreening(ACTOR, screening.id);
      expect(detail?.status).toBe("signed");
      expect(detail?.signature).toEqual({ name: SIGNER.name, role: "clinician", at: signedAt, outcome: "cleared-with-precautions" });
      const signed = (await eventsAbout(screening.id)).filter((e) => e.event === "screening-signed");
      expect(signed).toHaveLength(1);
      expect(JSON.parse(signed[0]!.detail!)).toMatchObject({ outcome: "cleared-with-precautions", version: 1 });
    });

    it("changes nothing of a signed screening through any data-access function", async () => {
      const screening = await newScreening();
      await decideAll(screening);
      expect(await signScreening({ actor: ACTOR, screeningId: screening.id, outcome: "cleared", signer: SIGNER })).toMatchObject({ ok: true });
      const before = await snapshot(screening.id);
      const critical = screening.flags.find((flag) => flag.severity === "critical")!;
      const info = screening.flags.find((flag) => flag.severity === "info")!;
      const base = { actor: ACTOR, screeningId: screening.id } as const;
      expect(await recordFlagDecision({ ...base, flagId: critical.id, severity: "critical", decision: "defer" })).toEqual({ ok: false, reason: "locked" });
      expect(await recordCounsellingTick({ ...base, flagId: info.id, discussed: true })).toEqual({ ok: false, reason: "locked" });
      expect(await signScreening({ ...base, outcome: "not-cleared", signer: { name: "Someone Else", role: "admin" } })).toEqual({ ok: false, reason: "locked" });
      expect(await snapshot(screening.id)).toEqual(before);
    });

    it("signs exactly once when sign-offs race", async () => {
      const screening = await newScreening();
      await decideAll(screening);
      const outcomes = ["cleared", "deferred", "not-cleared", "cleared-with-precautions", "cleared"] as const;
      const results = await Promise.all(outcomes.map((outcome) => signScreening({ actor: ACTOR, screeningId: screening.id, outcome, signer: SIGNER })));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "locked")).toBe(true);
      expect((await eventsAbout(screening.id)).filter((e) => e.event === "screening-signed")).toHaveLength(1);
    });
  });
}
