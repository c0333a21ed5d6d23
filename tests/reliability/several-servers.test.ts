/**
 * Two app servers on one PostgreSQL database, sharing only the database and AUTH_SECRET (separate processes, no
 * shared memory), as a deployment behind a load balancer runs them: a session made on one is valid on the other
 * and ends on both when it ends on either; failed sign-ins made on both count against one limit; and the audit
 * events both write form one verified chain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { disconnectDb, openDb } from "@/lib/db/client.server";
import { deactivateAccount } from "@/lib/db/deactivate-account.server";
import { findAccountByEmail } from "@/lib/db/find-account-by-email.server";
import { createAccountWithPassword } from "@/tests/support/account-with-password";
import { makeSubmission, submitScreening } from "@/tests/support/api-submissions";
import { createAccount, issueToken } from "@/tests/support/api-token-commands";
import { runAuditVerify } from "@/tests/support/audit-verify-command";
import { ensureBuilt, startAppServer, type AppServer } from "@/tests/support/app-server";
import { cookieHeader, findAction, postServerAction } from "@/tests/support/server-action-client";

import { createDatabase, newAuthSecret, runTag, type ReliabilityDatabase } from "./engines";

const SIGN_IN = ["app/sign-in/actions.ts", "signInAction"] as const;
const SIGN_OUT = ["app/account/actions.ts", "signOutAction"] as const;
const WRONG_ANSWER = "The email or password is not right.";
const LOCKED_ANSWER = "Too many sign-in attempts.";
/** The per-account limit of lib/auth/throttle-policy.ts. */
const ACCOUNT_LIMIT = 5;
const AUDITED_SUBMISSIONS = 40;

describe("two app servers on one PostgreSQL database", () => {
  const run = runTag();
  let database: ReliabilityDatabase | undefined;
  let servers: AppServer[] = [];
  let token = "";
  const adminEmail = `admin-${run}@test.invalid`;
  const apiEmail = `audit-${run}@test.invalid`;
  const a = () => servers[0]!;
  const b = () => servers[1]!;

  beforeAll(async () => {
    ensureBuilt();
    database = await createDatabase("postgresql");
    // These commands block the event loop, so they run before the suite holds any connection to a server.
    createAccount(database.url, adminEmail, "admin");
    createAccount(database.url, apiEmail);
    token = issueToken(database.url, apiEmail).token;
    const authSecret = newAuthSecret();
    servers = [
      await startAppServer({ port: 3910, databaseUrl: database.url, authSecret, captureLog: true }),
      await startAppServer({ port: 3911, databaseUrl: database.url, authSecret, captureLog: true }),
    ];
  }, 300_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await disconnectDb();
    await database?.drop();
  });

  async function signIn(server: AppServer, email: string, password: string) {
    return postServerAction(server.origin, findAction(...SIGN_IN), { email, password });
  }

  /** The idle clock's status request: a read that needs a valid session and changes nothing. */
  async function sessionStatus(server: AppServer, cookie: string): Promise<number> {
    return (await fetch(`${server.origin}/api/session`, { headers: { cookie } })).status;
  }

  it("accepts a session made on one server on the other, and refuses it on both once it is signed out on either", async () => {
    const email = `sessions-${run}@test.invalid`;
    const password = await createAccountWithPassword(database!.url, email);
    for (const [made, ended] of [
      [a(), b()],
      [b(), a()],
    ] as const) {
      const signedIn = await signIn(made, email, password);
      expect(signedIn.body).toContain('"ok":true');
      const cookie = cookieHeader(signedIn.cookies);
      expect(cookie).toContain("ks.session_token=");
      expect([await sessionStatus(made, cookie), await sessionStatus(ended, cookie)]).toEqual([200, 200]);

      const signedOut = await postServerAction(ended.origin, findAction(...SIGN_OUT), {}, cookie);
      expect(signedOut.body).toContain('"ok":true');
      expect([await sessionStatus(made, cookie), await sessionStatus(ended, cookie)]).toEqual([401, 401]);
      console.log(`[several servers] session made on ${made.origin}, accepted by both, signed out on ${ended.origin}: refused by both`);
    }
  });

  it("refuses a session on both servers at its next request once its account is deactivated", async () => {
    const email = `deactivated-${run}@test.invalid`;
    const password = await createAccountWithPassword(database!.url, email);
    const cookie = cookieHeader((await signIn(a(), email, password)).cookies);
    expect([await sessionStatus(a(), cookie), await sessionStatus(b(), cookie)]).toEqual([200, 200]);

    // An admin's deactivation as the Accounts page makes it, from a third process on the same database.
    await openDb({ url: database!.url });
    const [account, admin] = await Promise.all([findAccountByEmail(email), findAccountByEmail(adminEmail)]);
    const deactivated = await deactivateAccount({ userId: admin!.id, email: adminEmail, ipAddress: "127.0.0.1" }, account!.id);
    expect(deactivated).toEqual({ ok: true });
    expect([await sessionStatus(b(), cookie), await sessionStatus(a(), cookie)]).toEqual([401, 401]);
    // And no new session for it on either server, with the right password.
    expect((await signIn(b(), email, password)).body).toContain(WRONG_ANSWER);
  });

  it(`locks an account after ${ACCOUNT_LIMIT} failed sign-ins made alternately on both servers`, async () => {
    const email = `throttled-${run}@test.invalid`;
    const password = await createAccountWithPassword(database!.url, email);
    const answers: string[] = [];
    for (let attempt = 1; attempt <= ACCOUNT_LIMIT; attempt += 1) {
      const server = attempt % 2 === 1 ? a() : b();
      const { body } = await signIn(server, email, `${password}-wrong`);
      answers.push(body.includes(LOCKED_ANSWER) ? "locked" : body.includes(WRONG_ANSWER) ? "wrong" : `unexpected: ${body.slice(0, 200)}`);
    }
    // Neither server saw ACCOUNT_LIMIT failures itself (3 on A, 2 on B): only the shared count can lock.
    expect(answers).toEqual([...Array<string>(ACCOUNT_LIMIT - 1).fill("wrong"), "locked"]);
    const rightPassword = await signIn(b(), email, password);
    expect(rightPassword.body).toContain(LOCKED_ANSWER);
    expect(cookieHeader(rightPassword.cookies)).not.toContain("ks.session_token=");
    console.log(`[several servers] wrong passwords alternately on A and B: ${answers.join(", ")}; then the right one on B: locked`);
  });

  it("keeps one verified audit chain of the events both servers write at once", async () => {
    const before = await runAuditVerify(database!.url);
    const outcomes = await Promise.all(
      Array.from({ length: AUDITED_SUBMISSIONS }, (_, n) => submitScreening((n % 2 === 0 ? a() : b()).origin, token, makeSubmission(run, n))),
    );
    expect(outcomes.filter((outcome) => outcome.kind !== "stored")).toEqual([]);
    const after = await runAuditVerify(database!.url);
    console.log(`[several servers] ${AUDITED_SUBMISSIONS} submissions at once, alternately to A and B; before: ${before.line}; after: ${after.line}`);
    expect(after.ok, after.line).toBe(true);
    const events = (line: string) => Number(/(\d+) events/.exec(line)?.[1]);
    // Each submission through the API writes two events: the token's use and the screening's creation.
    expect(events(after.line) - events(before.line)).toBe(2 * AUDITED_SUBMISSIONS);
  });
});
