/**
 * The account commands an operator runs: `npm run user:create` (the first admin of a deployment) and the demo
 * accounts `npm start` makes on a first start, against a real SQLite file.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

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
