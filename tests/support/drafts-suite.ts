/**
 * Drafts of the screening form on a real database, shared by the SQLite and PostgreSQL test files: who may
 * read, change, list and discard a draft, that saving the screening deletes its draft in the same transaction,
 * and the audit events. Every test makes its own accounts, so tests sharing one database never meet.
 */
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { initialFormState } from "@/components/screening-form/form-model";
import { getDb } from "@/lib/db/client.server";
import { createAccount } from "@/lib/db/create-account.server";
import { discardDraft } from "@/lib/db/discard-draft.server";
import { getDraft } from "@/lib/db/get-draft.server";
import { listDrafts } from "@/lib/db/list-drafts.server";
import { saveDraft } from "@/lib/db/save-draft.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import type { Actor, SaveDraftArgs } from "@/lib/db/types";
import { draftFormStateSchema, type DraftScreeningState } from "@/lib/screening/draft-schema";

import { ensureTestClinician, saveArgs, uniqueInput } from "./db-suite";

const COMMAND_LINE: Actor = { userId: null, email: "command line", ipAddress: "local" };

async function newAccount(role: "clinician" | "admin" = "clinician"): Promise<Actor & { userId: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.invalid`;
  const created = await createAccount({ actor: COMMAND_LINE, name: `Draft ${role} ${email.slice(-20, -13)}`, email, role, passwordHash: "x", mustChangePassword: false });
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  return { userId: created.userId, email, ipAddress: "192.0.2.9" };
}

/** A half-filled form: a name, a blood pressure typed wrongly, one questionnaire item. */
function halfFilled(fullName: string): DraftScreeningState {
  const state = initialFormState(randomUUID(), undefined, undefined).screening;
  state.patient.fullName = fullName;
  state.vitals.systolic = "12O" as unknown as number;
  state.mentalHealth.phq9Items[8] = "2";
  return draftFormStateSchema.parse(JSON.parse(JSON.stringify(state)));
}

function draftArgs(actor: Actor, extra: Partial<SaveDraftArgs> = {}): SaveDraftArgs {
  return { actor, submissionId: randomUUID(), formState: halfFilled(`Draft Patient ${randomUUID().slice(0, 8)}`), ...extra };
}

async function savedDraftId(args: SaveDraftArgs): Promise<string> {
  const result = await saveDraft(args);
  if (!result.ok) throw new Error(`expected a saved draft, got ${JSON.stringify(result)}`);
  return result.draftId;
}

async function eventsAbout(recordId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { recordId }, orderBy: { sequence: "asc" }, select: { event: true, outcome: true, actorUserId: true, patientId: true, detail: true } });
}

async function draftExists(id: string): Promise<boolean> {
  const db = await getDb();
  return (await db.screeningDraft.count({ where: { id } })) === 1;
}

export function describeDrafts(engine: string) {
  describe(`screening drafts on ${engine}`, { timeout: 60_000 }, () => {
    beforeAll(ensureTestClinician);

    it("saves a draft and updates it in place; its author reads back what was typed, audited", async () => {
      const author = await newAccount();
      const args = draftArgs(author);
      const first = await saveDraft(args);
      expect(first).toMatchObject({ ok: true });
      if (!first.ok) return;

      const changed = { ...args.formState, notes: "Asked about sleep" };
      const second = await saveDraft({ ...args, draftId: first.draftId, formState: changed });
      expect(second).toMatchObject({ ok: true, draftId: first.draftId });

      // A first save retried after a lost answer (no draft id yet) finds the same draft by the submission id.
      const retried = await saveDraft({ ...args, formState: changed });
      expect(retried).toMatchObject({ ok: true, draftId: first.draftId });

      const draft = await getDraft(author, first.draftId);
      expect(draft).toMatchObject({ id: first.draftId, submissionId: args.submissionId, patientId: null, ownDraft: true });
      expect(draft?.formState).toEqual(changed);
      expect(draft?.formState.vitals.systolic).toBe("12O");

      expect(await eventsAbout(first.draftId)).toEqual([
        { event: "draft-saved", outcome: "success", actorUserId: author.userId, patientId: null, detail: '{"created":true}' },
        { event: "draft-saved", outcome: "success", actorUserId: author.userId, patientId: null, detail: '{"created":false}' },
        { event: "draft-saved", outcome: "success", actorUserId: author.userId, patientId: null, detail: '{"created":false}' },
        { event: "draft-opened", outcome: "success", actorUserId: author.userId, patientId: null, detail: '{"ownDraft":true}' },
      ]);
    });

    it("another clinician can neither read, update nor discard it, and learns nothing; each attempt is recorded", async () => {
      const author = await newAccount();
      const other = await newAccount();
      const args = draftArgs(author);
      const id = await savedDraftId(args);

      expect(await getDraft(other, id)).toBeNull();
      expect(await saveDraft({ ...args, actor: other, draftId: id, formState: halfFilled("Overwritten") })).toEqual({ ok: false, reason: "gone" });
      expect(await saveDraft({ ...args, actor: other, formState: halfFilled("Overwritten") })).toEqual({ ok: false, reason: "gone" });
      expect(await discardDraft(other, id)).toBe(false);
      expect(await listDrafts(other)).toEqual([]);

      // The same answers as for an id that does not exist.
      expect(await getDraft(other, "no-such-draft")).toBeNull();
      expect(await saveDraft({ ...draftArgs(other), draftId: "no-such-draft" })).toEqual({ ok: false, reason: "gone" });
      expect(await discardDraft(other, "no-such-draft")).toBe(false);

      expect((await getDraft(author, id))?.formState).toEqual(args.formState);
      const refusals = (await eventsAbout(id)).filter((event) => event.actorUserId === other.userId);
      expect(refusals.map(({ event, outcome, detail }) => [event, outcome, detail])).toEqual([
        ["draft-opened", "denied", '{"reason":"not-author"}'],
        ["draft-saved", "denied", '{"reason":"not-author"}'],
        ["draft-saved", "denied", '{"reason":"not-author"}'],
        ["draft-discarded", "denied", '{"reason":"not-author"}'],
      ]);
    });

    it("lists a clinician's own drafts newest first with the typed name, else the chosen patient's", async () => {
      const author = await newAccount();
      const saved = await saveScreening(saveArgs(uniqueInput()));
      if (!saved.ok) throw new Error("screening not saved");
      const db = await getDb();
      const { patientId } = await db.screening.findUniqueOrThrow({ where: { id: saved.screeningId }, select: { patientId: true } });
      const patient = await db.patient.findUniqueOrThrow({ where: { id: patientId }, select: { fullName: true } });

      const older = await savedDraftId(draftArgs(author, { formState: halfFilled("Typed Name") }));
      const blank = halfFilled("  ");
      const newer = await savedDraftId(draftArgs(author, { patientId, formState: blank }));
      const untitled = await savedDraftId(draftArgs(author, { formState: blank }));

      const list = await listDrafts(author);
      expect(list.map((item) => [item.id, item.patientName])).toEqual([
        [untitled, null],
        [newer, patient.fullName],
        [older, "Typed Name"],
      ]);
      expect(list[0]?.authorName).toMatch(/^Draft clinician /);
      expect((await getDraft(author, newer))?.patientId).toBe(patientId);
      expect(await eventsAbout(newer)).toContainEqual(expect.objectContaining({ event: "draft-opened", patientId }));
    });

    it("refuses a draft for a patient that does not exist, writing nothing", async () => {
      const author = await newAccount();
      const args = draftArgs(author, { patientId: "no-such-patient" });
      expect(await saveDraft(args)).toEqual({ ok: false, reason: "invalid", fieldErrors: { patientId: ["This patient no longer exists; choose the patient again"] } });
      expect(await listDrafts(author)).toEqual([]);
    });

    it("an admin lists and reads every draft, but cannot change or discard another's", async () => {
      const author = await newAccount();
      const admin = await newAccount("admin");
      const args = draftArgs(author);
      const id = await savedDraftId(args);

      expect((await listDrafts(admin)).map((item) => item.id)).toContain(id);
      const draft = await getDraft(admin, id);
      expect(draft).toMatchObject({ id, ownDraft: false });
      expect(draft?.formState).toEqual(args.formState);
      expect(await saveDraft({ ...args, actor: admin, draftId: id })).toEqual({ ok: false, reason: "gone" });
      expect(await discardDraft(admin, id)).toBe(false);
      expect(await draftExists(id)).toBe(true);
      expect((await eventsAbout(id)).filter((event) => event.actorUserId === admin.userId).map((event) => [event.event, event.outcome])).toEqual([
        ["draft-opened", "success"],
        ["draft-saved", "denied"],
        ["draft-discarded", "denied"],
      ]);
    });

    it("its author discards it, audited", async () => {
      const author = await newAccount();
      const id = await savedDraftId(draftArgs(author));
      expect(await discardDraft(author, id)).toBe(true);
      expect(await draftExists(id)).toBe(false);
      expect(await discardDraft(author, id)).toBe(false);
      expect((await eventsAbout(id)).map((event) => [event.event, event.outcome])).toEqual([
        ["draft-saved", "success"],
        ["draft-discarded", "success"],
      ]);
    });

    it("saving the screening deletes its draft in the same transaction, and the draft never comes back", async () => {
      const author = await newAccount();
      const args = draftArgs(author);
      const id = await savedDraftId(args);
      const screening = saveArgs(uniqueInput(), { actor: author, submissionId: args.submissionId, draftId: id });

      const saved = await saveScreening(screening);
      expect(saved).toMatchObject({ ok: true, duplicate: false });
      expect(await draftExists(id)).toBe(false);
      if (!saved.ok) return;
      expect(await eventsAbout(saved.screeningId)).toEqual([
        expect.objectContaining({ event: "screening-created", detail: expect.stringContaining('"draftsDeleted":1') }),
      ]);

      // Idempotent still: the retry returns the screening; a late autosave does not resurrect the draft.
      expect(await saveScreening(screening)).toEqual({ ok: true, screeningId: saved.screeningId, duplicate: true });
      expect(await saveDraft({ ...args, draftId: id })).toEqual({ ok: false, reason: "gone" });
      expect(await saveDraft(args)).toEqual({ ok: false, reason: "gone" });
      expect(await listDrafts(author)).toEqual([]);
    });

    it("a screening that fails keeps the draft; another's draft id is left alone and not revealed", async () => {
      const author = await newAccount();
      const other = await newAccount();
      const args = draftArgs(author);
      const id = await savedDraftId(args);

      const failed = await saveScreening(saveArgs(uniqueInput(), { actor: author, submissionId: args.submissionId, draftId: id, patientId: "no-such-patient" }));
      expect(failed).toMatchObject({ ok: false });
      expect(await draftExists(id)).toBe(true);

      const byOther = await saveScreening(saveArgs(uniqueInput(), { actor: other, draftId: id }));
      expect(byOther).toMatchObject({ ok: true, duplicate: false });
      expect(await draftExists(id)).toBe(true);
      if (byOther.ok) expect((await eventsAbout(byOther.screeningId))[0]?.detail).not.toContain("draftsDeleted");
    });

    it("refuses a system actor", async () => {
      await expect(listDrafts(COMMAND_LINE)).rejects.toThrow(/signed-in user/);
      await expect(saveDraft(draftArgs(COMMAND_LINE))).rejects.toThrow(/signed-in user/);
    });
  });
}
