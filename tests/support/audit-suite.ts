/**
 * The audit trail's data access, the same on every engine: each engine's test file calls `describeAuditTrail`
 * with a way to create its database. Every test starts from an empty trail (no events, no chain head).
 * Synthetic data only (audit-samples.ts).
 */
import { beforeEach, describe, expect, it } from "vitest";

import { AUDIT_EVENTS, type AuditEventInput } from "@/lib/audit/events";
import { chainHash, GENESIS_HASH } from "@/lib/audit/hash-chain";
import { appendAuditEvent, appendAuditEvents } from "@/lib/db/append-audit-event.server";
import { getDb, TRANSACTION_OPTIONS, type Db } from "@/lib/db/client.server";
import { listAuditEvents } from "@/lib/db/list-audit-events.server";
import { recordAuditEvent } from "@/lib/db/record-audit-event.server";
import { verifyAuditChain } from "@/lib/db/verify-audit-chain.server";

import { runAuditVerify, startAppendWorker } from "./audit-processes";
import { minute, oneToN, recordEvents, recordSampleTrail, sampleInput } from "./audit-samples";
import type { TestDatabase } from "./db-engines";
import { prepareTestDatabase } from "./prepare-test-database";

export interface AuditSuiteOptions {
  /** Another client on the same database in this process, as a second app server has (PostgreSQL only). */
  readonly openSecondClient?: (url: string) => Promise<Db>;
}

async function auditState() {
  const db = await getDb();
  return {
    events: await db.auditEvent.count(),
    head: await db.auditChainHead.findUnique({ where: { id: 1 }, select: { sequence: true, hash: true } }),
  };
}

async function allSequences(): Promise<number[]> {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({ orderBy: { sequence: "asc" }, select: { sequence: true } });
  return rows.map((row) => row.sequence);
}

export function describeAuditTrail(engine: string, createDatabase: () => Promise<TestDatabase>, options: AuditSuiteOptions = {}) {
  describe(`audit trail on ${engine}`, { timeout: 60_000 }, () => {
    const database = prepareTestDatabase(createDatabase);

    beforeEach(async () => {
      const db = await getDb();
      await db.$executeRawUnsafe('DELETE FROM "AuditEvent"');
      await db.$executeRawUnsafe('DELETE FROM "AuditChainHead"');
    });

    describe("recording and listing", () => {
      it("stores every event type with all its fields and reads each back, newest first", async () => {
        const expected = await recordSampleTrail();
        const page = await listAuditEvents({ limit: 100 });
        expect(page).toEqual({ events: [...expected].reverse(), nextCursor: null });
        expect(page.events.map((event) => event.event)).toEqual([...AUDIT_EVENTS].reverse());
      });

      it("stores what is left out as null", async () => {
        const appended = await recordAuditEvent({ event: "sign-in-failed", outcome: "failure" });
        const { events } = await listAuditEvents();
        expect(events).toEqual([
          {
            sequence: 1,
            at: appended.at,
            actorUserId: null,
            actorEmail: null,
            event: "sign-in-failed",
            outcome: "failure",
            recordType: null,
            recordId: null,
            patientId: null,
            ipAddress: null,
            detail: null,
          },
        ]);
      });

      it("appends several events in one go, in order, numbered and chained after the events before them", async () => {
        await recordAuditEvent(sampleInput(0));
        const db = await getDb();
        const inputs = [sampleInput(1), sampleInput(2), sampleInput(3)];
        const appended = await db.$transaction((tx) => appendAuditEvents(tx, inputs), TRANSACTION_OPTIONS);
        expect(appended.map((event) => event.sequence)).toEqual([2, 3, 4]);
        const { events } = await listAuditEvents();
        expect(events.map((event) => [event.sequence, event.event])).toEqual([4, 3, 2, 1].map((sequence) => [sequence, inputs[sequence - 2]?.event ?? sampleInput(0).event]));
        expect(await verifyAuditChain()).toEqual({ ok: true, count: 4, lastSequence: 4, lastHash: appended[2]!.hash });
        expect(await db.$transaction((tx) => appendAuditEvents(tx, []), TRANSACTION_OPTIONS)).toEqual([]);
        expect(await auditState()).toMatchObject({ events: 4 });
      });

      it("refuses an event outside the vocabulary and stores nothing", async () => {
        const unknown = { event: "record-deleted", outcome: "success" } as unknown as AuditEventInput;
        await expect(recordAuditEvent(unknown)).rejects.toThrow();
        expect(await auditState()).toEqual({ events: 0, head: null });
      });

      it.each([
        ["actor", { actorUserId: "user-1" }, (n: number) => n % 3 === 1],
        ["patient", { patientId: "pat-0" }, (n: number) => n % 2 === 0],
        ["event", { event: "screening-viewed" as const }, (n: number) => AUDIT_EVENTS[n] === "screening-viewed"],
        ["time range (from inclusive, to exclusive)", { from: minute(3), to: minute(7) }, (n: number) => n >= 3 && n < 7],
        ["from only", { from: minute(10) }, (n: number) => n >= 10],
        ["to only", { to: minute(2) }, (n: number) => n < 2],
        ["actor and time together", { actorUserId: "user-0", from: minute(4) }, (n: number) => n % 3 === 0 && n >= 4],
        ["a cursor", { before: 5 }, (n: number) => n + 1 < 5],
        ["an actor nobody is", { actorUserId: "USER-1" }, () => false],
      ])("filters by %s", async (_label, filter, matches) => {
        const expected = (await recordSampleTrail()).filter((_, n) => matches(n)).reverse();
        const page = await listAuditEvents({ ...filter, limit: 100 });
        expect(page.events).toEqual(expected);
        expect(page.nextCursor).toBeNull();
      });

      it("pages through the trail with a cursor, with and without a filter", async () => {
        // Derived from the sample trail, which has one event per name: the vocabulary only grows.
        const all = (await recordSampleTrail()).reverse();
        const chunks = <T,>(items: readonly T[], size: number): T[][] =>
          Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
        const pageThrough = async (options: { patientId?: string; limit: number }) => {
          const pages = [];
          let before: number | undefined;
          do {
            const page = await listAuditEvents({ ...options, before });
            pages.push(page.events);
            before = page.nextCursor ?? undefined;
            if (before !== undefined) expect(before).toBe(page.events.at(-1)?.sequence);
          } while (before !== undefined);
          return pages;
        };
        expect((await pageThrough({ limit: 4 })).map((page) => page.map((event) => event.sequence))).toEqual(
          chunks(all.map((event) => event.sequence), 4),
        );
        expect(await pageThrough({ patientId: "pat-1", limit: 3 })).toEqual(chunks(all.filter((event) => event.patientId === "pat-1"), 3));
      });

      it("says there is no next page when the last page is exactly full", async () => {
        await recordEvents(4);
        expect((await listAuditEvents({ limit: 4 })).nextCursor).toBeNull();
        expect(await listAuditEvents({ limit: 3 })).toMatchObject({ nextCursor: 2 });
      });
    });

    describe("appending inside a caller's transaction", () => {
      it("commits the audited change and its event together", async () => {
        const db = await getDb();
        const patient = await db.$transaction(async (tx) => {
          const created = await tx.patient.create({
            data: { fullName: "Synthetic Patient", dateOfBirth: "1980-01-01", sexAtBirth: "female" },
            select: { id: true },
          });
          await appendAuditEvent(tx, { ...sampleInput(0, "screening-created"), patientId: created.id });
          return created;
        }, TRANSACTION_OPTIONS);
        const { events } = await listAuditEvents();
        expect(events.map((event) => [event.sequence, event.event, event.patientId])).toEqual([[1, "screening-created", patient.id]]);
      });

      it.each([
        ["the first event", 0],
        ["a later event", 3],
      ])("leaves no event and no head change when the transaction throws after appending %s", async (_label, earlier) => {
        await recordEvents(earlier);
        const before = await auditState();
        const db = await getDb();
        const failing = db.$transaction(async (tx) => {
          await tx.patient.create({ data: { fullName: "Rolled Back", dateOfBirth: "1980-01-01", sexAtBirth: "male" } });
          await appendAuditEvent(tx, sampleInput(earlier));
          throw new Error("the audited change failed");
        }, TRANSACTION_OPTIONS);
        await expect(failing).rejects.toThrow("the audited change failed");
        expect(await auditState()).toEqual(before);
        expect(await db.patient.count({ where: { fullName: "Rolled Back" } })).toBe(0);

        const next = await recordAuditEvent(sampleInput(earlier));
        expect(next.sequence).toBe(earlier + 1);
        expect(await verifyAuditChain()).toMatchObject({ ok: true, count: earlier + 1 });
      });
    });

    describe("verifying the chain", () => {
      it("passes an empty trail and a clean one, ending at the head's hash", async () => {
        expect(await verifyAuditChain()).toEqual({ ok: true, count: 0, lastSequence: 0, lastHash: GENESIS_HASH });
        const hashes = await recordEvents(5);
        expect(await verifyAuditChain()).toEqual({ ok: true, count: 5, lastSequence: 5, lastHash: hashes[4] });
        expect((await auditState()).head).toEqual({ sequence: 5, hash: hashes[4] });
        expect(await verifyAuditChain({ batchSize: 2 })).toEqual({ ok: true, count: 5, lastSequence: 5, lastHash: hashes[4] });
      });

      it.each([1, 2, 1000])("finds a row altered with SQL (batches of %i)", async (batchSize) => {
        await recordEvents(5);
        const db = await getDb();
        await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "outcome" = 'failure' WHERE "sequence" = 3`);
        expect(await verifyAuditChain({ batchSize })).toMatchObject({ ok: false, firstBrokenSequence: 3, reason: "content-altered" });
      });

      it.each([
        ["first", 1],
        ["middle", 3],
        ["last", 5],
      ])("finds the %s row deleted", async (_label, sequence) => {
        await recordEvents(5);
        const db = await getDb();
        await db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "sequence" = ${sequence}`);
        expect(await verifyAuditChain({ batchSize: 2 })).toMatchObject({ ok: false, firstBrokenSequence: sequence, reason: "sequence-gap" });
      });

      it("finds the last row rewritten with a recomputed hash, through the head", async () => {
        await recordEvents(4);
        const db = await getDb();
        const last = await db.auditEvent.findUniqueOrThrow({ where: { sequence: 4 } });
        const forgedHash = chainHash(last.prevHash, { ...last, outcome: "failure" });
        await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "outcome" = 'failure', "hash" = '${forgedHash}' WHERE "sequence" = 4`);
        expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenSequence: 4, reason: "head-mismatch" });
      });

      it("finds the chain head deleted", async () => {
        await recordEvents(2);
        const db = await getDb();
        await db.$executeRawUnsafe('DELETE FROM "AuditChainHead"');
        expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenSequence: 2, reason: "head-mismatch" });
      });

      it("finds an event added without going through the head", async () => {
        const hashes = await recordEvents(3);
        const db = await getDb();
        const forged = {
          sequence: 4,
          at: minute(4),
          actorUserId: null,
          actorEmail: null,
          event: "sign-in",
          outcome: "success",
          recordType: null,
          recordId: null,
          patientId: null,
          ipAddress: null,
          detail: null,
        };
        await db.auditEvent.create({ data: { ...forged, prevHash: hashes[2]!, hash: chainHash(hashes[2]!, forged) } });
        expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenSequence: 4, reason: "head-mismatch" });
      });

      it("`npm run audit:verify` prints the verdict, without event content, and exits 1 when broken", async () => {
        const hashes = await recordEvents(3);
        const intact = await runAuditVerify(database().url);
        expect(intact).toMatchObject({ code: 0, stderr: "" });
        expect(intact.stdout.trim()).toBe(`Audit trail intact: 3 events, last hash ${hashes[2]}`);

        const db = await getDb();
        await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "patientId" = 'pat-9' WHERE "sequence" = 2`);
        const broken = await runAuditVerify(database().url);
        expect(broken.code).toBe(1);
        expect(broken.stderr.trim()).toBe("Audit trail BROKEN at event #2: event #2 does not match its hash (content-altered)");
        for (const output of [intact.stdout, broken.stdout, broken.stderr]) expect(output).not.toMatch(/pat-|clinician|192\.0\.2/);
      });
    });

    describe("concurrent appends", () => {
      it("keep one unbroken chain when another process appends at the same time, from the very first event", async () => {
        const worker = startAppendWorker(database().url, 50, "worker@example.org");
        await worker.ready;
        const [theirs, ours] = await Promise.all([
          worker.run(),
          Promise.all(oneToN(50).map((n) => recordAuditEvent({ ...sampleInput(n), actorEmail: "test@example.org" }))),
        ]);
        expect([...theirs, ...ours.map((event) => event.sequence)].sort((a, b) => a - b)).toEqual(oneToN(100));
        expect(await allSequences()).toEqual(oneToN(100));
        expect(await verifyAuditChain({ batchSize: 30 })).toMatchObject({ ok: true, count: 100, lastSequence: 100 });
      });

      if (options.openSecondClient) {
        const openSecondClient = options.openSecondClient;
        it("keep one unbroken chain when two clients in one process append at the same time", async () => {
          const second = await openSecondClient(database().url);
          try {
            const clients = [await getDb(), second];
            const appended = await Promise.all(
              clients.flatMap((client, c) =>
                oneToN(50).map((n) => client.$transaction((tx) => appendAuditEvent(tx, sampleInput(n + c * 50)), TRANSACTION_OPTIONS)),
              ),
            );
            expect(appended.map((event) => event.sequence).sort((a, b) => a - b)).toEqual(oneToN(100));
            expect(await verifyAuditChain()).toMatchObject({ ok: true, count: 100, lastSequence: 100 });
          } finally {
            await second.$disconnect();
          }
        });
      }
    });
  });
}
