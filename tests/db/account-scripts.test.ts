/**
 * The account commands an operator runs: `npm run user:create` (the first admin of a deployment), the demo
 * accounts `npm start` makes on a first start, and `npm run token:create`/`token:revoke`, against a real SQLite file.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { authenticateApiToken } from "@/lib/db/api-tokens.server";
import { getDb } from "@/lib/db/client.server";

import { runNpmScript } from "../support/audit-processes";
import { createSqliteDatabase } from "../support/db-engines";
import { prepareTestDatabase } from "../support/prepare-test-database";

const database = prepareTestDatabase(createSqliteDatabase);

describe("npm run user:create", { timeout: 60_000 }, () => {
  it("creates an account with a temporary password it prints once, recorded in the audit trail", async () => {
    const run = await runNpmScript("user:create", ["--email", " First.Admin@Clinic.example ", "--name", "First Admin", "--role", "admin"], database().url);
    expect(run.code).toBe(0);
    const password = /Temporary password .*: (\S+)$/m.exec(run.stdout)?.[1];
    expect(password).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);

    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: "first.admin@clinic.example" }, include: { accounts: true } });
    expect(user).toMatchObject({ name: "First Admin", role: "admin", mustChangePassword: true });
    expect(user.accounts[0]?.password).not.toContain(password ?? "");
    const event = await db.auditEvent.findFirstOrThrow({ where: { recordId: user.id } });
    expect(event).toMatchObject({ event: "account-created", actorEmail: "command line", actorUserId: null });
  });

  it.each([
    [["--email", "someone@clinic.example", "--name", "Someone", "--role", "superuser"], /--role: Choose a role/],
    [["--email", "not-an-email", "--name", "Someone", "--role", "clinician"], /--email: Enter an email address like/],
    [["--email", "someone@clinic.example", "--role", "clinician"], /--name: /],
    [["--mail", "someone@clinic.example"], /Unknown option/],
  ])("refuses %j with a message for the field and creates nothing", async (args, message) => {
    const db = await getDb();
    const before = await db.user.count();
    const run = await runNpmScript("user:create", args, database().url);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses an email that already has an account", async () => {
    const args = ["--email", "twice@clinic.example", "--name", "Twice", "--role", "clinician"];
    expect((await runNpmScript("user:create", args, database().url)).code).toBe(0);
    const again = await runNpmScript("user:create", args, database().url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--email: An account with this email already exists");
  });
});

describe("npm run token:create and token:revoke", { timeout: 60_000 }, () => {
  it("prints a token once that acts as the account, stores only its hash, and revokes it by id", async () => {
    const owner = ["--email", "bridge.owner@clinic.example", "--name", "Bridge Owner", "--role", "clinician"];
    expect((await runNpmScript("user:create", owner, database().url)).code).toBe(0);
    const run = await runNpmScript("token:create", ["--email", "Bridge.Owner@clinic.example", "--name", "EHR bridge"], database().url);
    expect(run.code).toBe(0);
    const token = /^Token \(shown once.*\): (\S+)$/m.exec(run.stdout)?.[1] ?? "";
    expect(token).toMatch(/^ks_[A-Za-z0-9_-]{43}$/);
    expect(run.stdout).toContain(`Authorization: Bearer ${token}`);

    const authenticated = await authenticateApiToken(token);
    expect(authenticated?.user).toMatchObject({ email: "bridge.owner@clinic.example", role: "clinician" });
    const db = await getDb();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: authenticated?.tokenId ?? "" } });
    expect(row).toMatchObject({ name: "EHR bridge", createdById: null });
    expect(JSON.stringify(row)).not.toContain(token.slice(10));
    expect(await db.auditEvent.findFirstOrThrow({ where: { recordId: row.id } })).toMatchObject({ event: "api-token-issued", actorEmail: "command line", actorUserId: null });

    const revoked = await runNpmScript("token:revoke", ["--id", row.id], database().url);
    expect(revoked.code).toBe(0);
    expect(await authenticateApiToken(token)).toBeNull();
    const again = await runNpmScript("token:revoke", ["--id", row.id], database().url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--id: No active token has this id");
  });

  it.each([
    [["--email", "nobody@clinic.example", "--name", "EHR bridge"], 1, /--email: No active account has this email/],
    [["--email", "not-an-email", "--name", "EHR bridge"], 2, /--email: Enter an email address like/],
    [["--email", "someone@clinic.example"], 2, /--name: /],
    [["--mail", "someone@clinic.example"], 2, /Unknown option/],
  ])("refuses %j with a message for the field and issues nothing", async (args, code, message) => {
    const db = await getDb();
    const before = await db.apiToken.count();
    const run = await runNpmScript("token:create", args, database().url);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).not.toMatch(/ks_/);
    expect(await db.apiToken.count()).toBe(before);
  });
});

describe("demo accounts on first start", { timeout: 60_000 }, () => {
  it("are made on an empty database only when asked for (DATABASE_URL set), once, and never on a database with accounts", async () => {
    const empty = await createSqliteDatabase();
    const users = () => {
      const db = new Database(empty.filePath, { readonly: true });
      try {
        return db.prepare(`SELECT email, role, "mustChangePassword" AS temporary FROM "User" ORDER BY email`).all();
      } finally {
        db.close();
      }
    };
    try {
      expect((await runNpmScript("accounts:seed-demo", [], empty.url)).code).toBe(0);
      expect(users()).toEqual([]);
      const seeded = await runNpmScript("accounts:seed-demo", [], empty.url, { DEMO_ACCOUNTS: "true" });
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toMatch(/admin@demo\.invalid {2}password: \S{4}-\S{4}-\S{4}-\S{4}/);
      expect(users()).toEqual([
        { email: "admin@demo.invalid", role: "admin", temporary: 0 },
        { email: "clinician@demo.invalid", role: "clinician", temporary: 0 },
      ]);
      expect((await runNpmScript("accounts:seed-demo", [], empty.url, { DEMO_ACCOUNTS: "true" })).code).toBe(0);
      expect(users()).toHaveLength(2);
    } finally {
      await empty.drop();
    }
  });
});
