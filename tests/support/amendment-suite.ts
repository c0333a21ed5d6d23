/**
 * Amendments and the lock on signed screenings, on a real database, shared by the SQLite and PostgreSQL test
 * files (issue 8): an amendment keeps both versions with their flags and decisions and moves the old one to
 * "amended"; a screening awaiting review or already amended cannot be amended; two amendments of one version
 * racing make one new version; and no review step changes a signed or amended screening.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client.server";
import { getScreening } from "@/lib/db/get-screening.server";
import { recordCounsellingTick } from "@/lib/db/record-counselling-tick.server";
import { recordFlagDecision } from "@/lib/db/record-flag-decision.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import { signScreening } from "@/lib/db/sign-screening.server";
import type { SaveScreeningArgs } from "@/lib/db/types";
import { assess } from "@/lib/rules";
import { needsDecision } from "@/lib/rules/flag-summary";
import type { ScreeningInput } from "@/lib/screening/schema";

import { ACTOR, ASSESSMENT, ensureTestClinician, saveArgs, uniqueInput } from "./db-suite";

const SIGNER = { name: "Data Access Clinician", role: "clinician" } as const;

async function saved(args: SaveScreeningArgs): Promise<string> {
  const result = await saveScreening(args);
  if (!result.ok) throw new Error(`expected a saved screening, got ${JSON.stringify(result)}`);
  return result.screeningId;
}

/** Decides every flag that needs it (proceed with precautions: no note needed), ticks one counselling flag, signs. */
async function decideAndSign(screeningId: string): Promise<void> {
  const detail = await getScreening(ACTOR, screeningId);
  if (!detail) throw new Error("no such screening");
  for (const flag of detail.flags) {
    const done = needsDecision(flag.severity)
      ? await recordFlagDecision({ actor: ACTOR, screeningId, flagId: flag.id, severity: flag.severity, decision: "proceed-with-precautions", note: `Checked ${flag.ruleId}` })
      : await recordCounsellingTick({ actor: ACTOR, screeningId, flagId: flag.id, discussed: true });
    if (!done.ok) throw new Error(`review step refused: ${done.reason}`);
  }
  const signed = await signScreening({ actor: ACTOR, screeningId, outcome: "cleared-with-precautions", signer: SIGNER });
  if (!signed.ok) throw new Error(`sign-off refused: ${signed.reason}`);
}

async function signedScreening(input: ScreeningInput = uniqueInput()): Promise<{ id: string; input: ScreeningInput }> {
  const id = await saved(saveArgs(input));
  await decideAndSign(id);
  return { id, input };
}

/** The version 2 input: the same patient with a higher blood pressure, assessed by today's rules. */
function amendedInput(input: ScreeningInput): ScreeningInput {
  return { ...input, vitals: { ...input.vitals, systolic: 182, diastolic: 112 } };
}

function amendArgs(amendsId: string, input: ScreeningInput, extra: Partial<SaveScreeningArgs> = {}): SaveScreeningArgs {
  return saveArgs(input, { assessment: assess(input), amendment: { screeningId: amendsId, reason: "Blood pressure was misread" }, ...extra });
}

/** Every column a review step or an amendment could touch, of the screening and of its flags. */
async function snapshot(screeningId: string) {
  const db = await getDb();
  return db.screening.findUniqueOrThrow({
    where: { id: screeningId },
    select: {
      status: true,
      updatedAt: true,
      outcome: true,
      signedAt: true,
      signedById: true,
      signerName: true,
      signerRole: true,
      version: true,
      amendsId: true,
      amendmentReason: true,
      flags: { orderBy: { position: "asc" }, select: { id: true, decision: true, decisionNote: true, decidedById: true, decidedAt: true, discussedAt: true, discussedById: true } },
    },
  });
}

async function counts() {
  const db = await getDb();
  return { screenings: await db.screening.count(), flags: await db.flag.count(), patients: await db.patient.count(), events: await db.auditEvent.count() };
}

export function describeAmendments(engine: string) {
  describe(`amendments on ${engine}`, { timeout: 60_000 }, () => {
    beforeAll(ensureTestClinician);

    it("makes a new version awaiting review under the same patient, keeps the signed one as it was, now amended", async () => {
      const { id: firstId, input } = await signedScreening();
      const before = await getScreening(ACTOR, firstId);
      const other = await saved(saveArgs(uniqueInput()));
      const otherPatient = (await getScreening(ACTOR, other))?.patient.id;

      // A patient id sent along (here another patient's) is ignored: an amendment stays with its screening's patient.
      const result = await saveScreening(amendArgs(firstId, amendedInput(input), { patientId: otherPatient }));
      expect(result).toMatchObject({ ok: true, duplicate: false });
      if (!result.ok) return;

      const first = await getScreening(ACTOR, firstId);
      const second = await getScreening(ACTOR, result.screeningId);
      expect(first?.status).toBe("amended");
      expect(first?.versions).toEqual({ version: 1, amends: null, amendedById: result.screeningId });
      // The old version keeps its input, flags, decisions, ticks and signature.
      expect(first?.input).toEqual(before?.input);
      expect(first?.flags).toEqual(before?.flags);
      expect(first?.signature).toEqual(before?.signature);
      expect(first?.flags.filter((flag) => flag.decision !== null).length).toBeGreaterThan(0);

      expect(second?.status).toBe("awaiting-review");
      expect(second?.versions).toEqual({ version: 2, amends: { id: firstId, reason: "Blood pressure was misread" }, amendedById: null });
      expect(second?.patient.id).toBe(first?.patient.id);
      expect(second?.input.vitals.systolic).toBe(182);
      expect(second?.signature).toBeNull();
      // Flags from today's rules for the new input, with nothing decided or ticked: reviewed afresh.
      expect(second?.flags.map((flag) => flag.ruleId)).toEqual(assess(amendedInput(input)).flags.map((flag) => flag.ruleId));
      expect(second?.flags.every((flag) => flag.decision === null && flag.discussed === null)).toBe(true);

      const db = await getDb();
      const events = await db.auditEvent.findMany({
        where: { recordId: result.screeningId, event: { in: ["screening-created", "screening-amended"] } },
        orderBy: { sequence: "asc" },
        select: { event: true, patientId: true, detail: true },
      });
      expect(events.map((event) => event.event)).toEqual(["screening-created", "screening-amended"]);
      expect(events[1]).toEqual({ event: "screening-amended", patientId: first?.patient.id, detail: JSON.stringify({ amendedScreeningId: firstId, version: 2 }) });
    });

    it("returns the same new version for a retried amendment, not a refusal for 'already amended'", async () => {
      const { id, input } = await signedScreening();
      const args = amendArgs(id, amendedInput(input));
      const first = await saveScreening(args);
      const before = await counts();
      const retried = await saveScreening(args);
      expect(first).toMatchObject({ ok: true, duplicate: false });
      expect(retried).toEqual({ ok: true, screeningId: first.ok ? first.screeningId : "", duplicate: true });
      expect(await counts()).toEqual(before);
    });

    it("makes one new version when the same amendment arrives twice at once, and returns it to both", async () => {
      const { id, input } = await signedScreening();
      const args = amendArgs(id, amendedInput(input));
      const results = await Promise.all([saveScreening(args), saveScreening(args)]);
      expect(results.every((result) => result.ok)).toBe(true);
      const ids = new Set(results.map((result) => (result.ok ? result.screeningId : null)));
      expect(ids.size).toBe(1);
      const db = await getDb();
      expect(await db.screening.count({ where: { amendsId: id } })).toBe(1);
    });

    it("refuses to amend a screening awaiting review and writes nothing", async () => {
      const id = await saved(saveArgs(uniqueInput()));
      const before = { counts: await counts(), row: await snapshot(id) };
      const result = await saveScreening(amendArgs(id, amendedInput(uniqueInput())));
      expect(result).toEqual({ ok: false, amendmentRefused: { reason: "awaiting-review" } });
      expect({ counts: await counts(), row: await snapshot(id) }).toEqual(before);
    });

    it("refuses to amend an already amended version, naming the version that replaced it, and writes nothing", async () => {
      const { id, input } = await signedScreening();
      const second = await saved(amendArgs(id, amendedInput(input)));
      const before = { counts: await counts(), row: await snapshot(id) };
      const result = await saveScreening(amendArgs(id, input));
      expect(result).toEqual({ ok: false, amendmentRefused: { reason: "already-amended", amendedById: second } });
      expect({ counts: await counts(), row: await snapshot(id) }).toEqual(before);
    });

    it("refuses an unknown screening and writes nothing", async () => {
      const before = await counts();
      expect(await saveScreening(amendArgs("no-such-screening", uniqueInput()))).toEqual({ ok: false, amendmentRefused: { reason: "not-found" } });
      expect(await counts()).toEqual(before);
    });

    it("rolls back the claim when the amendment proposes an unconfirmed identity change", async () => {
      const { id, input } = await signedScreening();
      const before = { counts: await counts(), row: await snapshot(id) };
      const renamed = { ...input, patient: { ...input.patient, fullName: `${input.patient.fullName} Renamed` } };
      const result = await saveScreening(amendArgs(id, renamed));
      expect(result).toMatchObject({ ok: false, identityChange: [{ field: "fullName", from: input.patient.fullName, to: renamed.patient.fullName }] });
      // Still signed, still amendable: nothing of the amendment was kept.
      expect({ counts: await counts(), row: await snapshot(id) }).toEqual(before);
      if (result.ok || !result.identityChange) return;
      const confirmed = await saveScreening(amendArgs(id, renamed, { confirmedIdentityChange: result.identityChange }));
      expect(confirmed).toMatchObject({ ok: true, duplicate: false });
      expect((await snapshot(id)).status).toBe("amended");
    });

    it("amends the latest version once it is signed: version 3 amends version 2", async () => {
      const { id, input } = await signedScreening();
      const second = await saved(amendArgs(id, amendedInput(input)));
      await decideAndSign(second);
      const third = await saved(amendArgs(second, input));
      expect((await getScreening(ACTOR, third))?.versions).toEqual({ version: 3, amends: { id: second, reason: "Blood pressure was misread" }, amendedById: null });
      expect((await snapshot(second)).status).toBe("amended");
      expect((await snapshot(id)).status).toBe("amended");
    });

    it("makes exactly one new version when two amendments of one version race", async () => {
      const { id, input } = await signedScreening();
      const results = await Promise.all([
        saveScreening(amendArgs(id, amendedInput(input), { submissionId: randomUUID() })),
        saveScreening(amendArgs(id, input, { submissionId: randomUUID() })),
      ]);
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      const winner = winners[0];
      if (!winner?.ok) return;
      expect(results.find((result) => !result.ok)).toEqual({ ok: false, amendmentRefused: { reason: "already-amended", amendedById: winner.screeningId } });
      const db = await getDb();
      expect(await db.screening.count({ where: { amendsId: id } })).toBe(1);
      expect((await snapshot(id)).status).toBe("amended");
    });

    describe("a signed screening cannot be changed by any data-access function", () => {
      async function refusesEveryReviewStep(screeningId: string) {
        const detail = await getScreening(ACTOR, screeningId);
        const decisionFlag = detail?.flags.find((flag) => needsDecision(flag.severity));
        const infoFlag = detail?.flags.find((flag) => flag.severity === "info");
        if (!decisionFlag || !infoFlag) throw new Error("the test assessment needs a decision flag and a counselling flag");
        const before = await snapshot(screeningId);

        expect(await recordFlagDecision({ actor: ACTOR, screeningId, flagId: decisionFlag.id, severity: decisionFlag.severity, decision: "defer" })).toEqual({ ok: false, reason: "locked" });
        expect(await recordCounsellingTick({ actor: ACTOR, screeningId, flagId: infoFlag.id, discussed: false })).toEqual({ ok: false, reason: "locked" });
        expect(await signScreening({ actor: ACTOR, screeningId, outcome: "not-cleared", signer: SIGNER })).toEqual({ ok: false, reason: "locked" });
        expect(await snapshot(screeningId)).toEqual(before);
      }

      it("refuses decisions, counselling ticks and a second sign-off on a signed screening", async () => {
        expect(ASSESSMENT.flags.some((flag) => flag.severity === "info")).toBe(true);
        const { id } = await signedScreening();
        expect((await snapshot(id)).status).toBe("signed");
        await refusesEveryReviewStep(id);
      });

      it("refuses them on an amended screening too", async () => {
        const { id, input } = await signedScreening();
        await saved(amendArgs(id, amendedInput(input)));
        expect((await snapshot(id)).status).toBe("amended");
        await refusesEveryReviewStep(id);
      });
    });
  });
}
