/**
 * The restore drill (SQLite): a backup taken with `npm run db:backup` while screenings keep being saved, restored
 * with `npm run db:restore` into a new file, is intact, holds every screening with its flags as of the backup,
 * and its audit trail verifies. A restore never overwrites an existing database.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { disconnectDb, openDb } from "@/lib/db/client.server";
import { saveScreening } from "@/lib/db/save-screening.server";
import { checkSqliteFile } from "@/lib/db/sqlite-backup.server";
import { verifyAuditChain } from "@/lib/db/verify-audit-chain.server";

import { createSqliteDatabase } from "../support/db-engines";
import { ensureTestClinician, saveArgs, uniqueInput } from "../support/db-suite";

const run = promisify(execFile);

function npmRun(script: string, databaseUrl: string, args: readonly string[]) {
  return run("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
}

describe("backup and restore drill (SQLite)", { timeout: 180_000 }, () => {
  let source: Awaited<ReturnType<typeof createSqliteDatabase>>;
  const dir = mkdtempSync(path.join(tmpdir(), "ketamine-restore-drill-"));
  const backupFile = path.join(dir, "backup.db");
  const restoredFile = path.join(dir, "restored", "app.db");

  beforeAll(async () => {
    source = await createSqliteDatabase();
    await openDb({ url: source.url });
    await ensureTestClinician();
    for (let n = 0; n < 5; n += 1) await saveScreening(saveArgs(uniqueInput()));
  });

  afterAll(async () => {
    await disconnectDb();
    await source.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes a consistent backup while screenings are saved, and restores it intact with its audit trail", async () => {
    let saving = true;
    let savedDuring = 0;
    const writer = (async () => {
      while (saving) {
        const saved = await saveScreening(saveArgs(uniqueInput()));
        if (saved.ok) savedDuring += 1;
        // SQLite answers synchronously underneath: without a turn of the event loop the backup's exit is never seen.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await npmRun("db:backup", source.url, ["--to", backupFile]);
    saving = false;
    await writer;
    expect(backup.stdout).toMatch(/integrity ok/);
    expect(savedDuring).toBeGreaterThan(0);

    const backedUp = checkSqliteFile(backupFile);
    expect(backedUp.intact).toBe(true);
    expect(backedUp.screenings).toBeGreaterThanOrEqual(5);

    const restore = await npmRun("db:restore", `file:${restoredFile}`, ["--from", backupFile]);
    expect(restore.stdout).toMatch(/integrity ok/);
    const restored = checkSqliteFile(restoredFile);
    expect(restored).toMatchObject({ intact: true, screenings: backedUp.screenings, patients: backedUp.patients, auditEvents: backedUp.auditEvents });

    // Every restored screening has its flags (no screening without the rows written in its transaction).
    const db = new Database(restoredFile, { readonly: true });
    const orphans = db.prepare(`SELECT COUNT(*) AS n FROM "Screening" s WHERE NOT EXISTS (SELECT 1 FROM "Flag" f WHERE f."screeningId" = s.id)`).get() as { n: number };
    db.close();
    expect(orphans.n).toBe(0);

    await disconnectDb();
    await openDb({ url: `file:${restoredFile}` });
    const chain = await verifyAuditChain();
    expect(chain).toMatchObject({ ok: true, count: backedUp.auditEvents });
    await disconnectDb();
    await openDb({ url: source.url });
  });

  it("refuses to restore over an existing database, leaving it as it was", async () => {
    expect(existsSync(restoredFile)).toBe(true);
    const before = readFileSync(restoredFile);
    await expect(npmRun("db:restore", `file:${restoredFile}`, ["--from", backupFile])).rejects.toMatchObject({ stderr: expect.stringMatching(/already exists/) });
    expect(readFileSync(restoredFile).equals(before)).toBe(true);
  });
});
