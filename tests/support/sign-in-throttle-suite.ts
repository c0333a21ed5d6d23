/**
 * The sign-in throttle's behaviour on a real database, shared by the SQLite and PostgreSQL test files. Each
 * file creates its database, opens the client on it and calls `describeSignInThrottle`. Every test uses its
 * own email and address, so tests sharing one database never meet, and passes `now` explicitly: no sleeping.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import {
  accountThrottleKey,
  addressThrottleKey,
  throttlePolicy,
  type AccountThrottleKey,
  type ThrottleCheck,
  type ThrottleKey,
} from "@/lib/auth/throttle-policy";
import { getDb } from "@/lib/db/client.server";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "@/lib/db/sign-in-throttle.server";

import type { TestDatabase } from "./db-engines";
import { at, T0 } from "./test-clock";


const ALLOWED: ThrottleCheck = { allowed: true };
const locked = (retryAfterMinutes: number): ThrottleCheck => ({ allowed: false, retryAfterMinutes });

/** A sign-in attempt's two keys, unique to the test. */
function attempt(tag = randomUUID().slice(0, 8)) {
  const account = accountThrottleKey(`  Clinician.${tag}@Example.org `);
  const address = addressThrottleKey(`2001:DB8::${tag.slice(0, 4)}`);
  return { account, address, keys: [account, address] as const };
}

async function fail(keys: readonly ThrottleKey[], times: number, now: Date): Promise<ThrottleCheck[]> {
  const checks: ThrottleCheck[] = [];
  for (let i = 0; i < times; i += 1) checks.push(await recordSignInFailure(keys, now));
  return checks;
}

async function stored(key: ThrottleKey) {
  const db = await getDb();
  return db.signInThrottle.findUnique({ where: { key }, select: { failures: true, windowStartedAt: true, lockedUntil: true } });
}

const WORKER = fileURLToPath(new URL("./sign-in-failure-worker.ts", import.meta.url));

/** Another process (own Prisma client) that records `count` failures when `go()` is called. */
function startWorker(url: string, email: string, count: number, now: Date) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WORKER, url, email, String(count), now.toISOString()], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  const lines = new Promise<string[]>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready\n")) readyResolve();
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output.trim().split("\n")) : reject(new Error(`worker exited ${code}: ${output}`))));
  });
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  return {
    ready: Promise.race([ready, lines.then(() => undefined)]),
    go: () => child.stdin.write("go\n"),
    checks: lines.then((all) => JSON.parse(all.at(-1) ?? "[]") as ThrottleCheck[]),
  };
}

export function describeSignInThrottle(engine: string, database: () => TestDatabase) {
  describe(`sign-in throttle on ${engine}`, { timeout: 60_000 }, () => {
    it("allows a sign-in nothing is known about", async () => {
      expect(await checkSignInThrottle(attempt().keys, T0)).toEqual(ALLOWED);
    });

    it("locks the account at the 5th failure, and that failure already says 15 minutes", async () => {
      const { keys } = attempt();
      expect(await fail(keys, 4, T0)).toEqual(Array(4).fill(ALLOWED));
      expect(await recordSignInFailure(keys, at(1))).toEqual(locked(15));
      expect(await checkSignInThrottle(keys, at(1))).toEqual(locked(15));
      expect(await checkSignInThrottle(keys, at(6))).toEqual(locked(10));
      // 30 seconds left: rounded up, never "0 minutes".
      expect(await checkSignInThrottle(keys, at(15.5))).toEqual(locked(1));
    });

    it("lifts the lock when its time is up, and the next failure starts a new window", async () => {
      const { account, keys } = attempt();
      await fail(keys, 5, T0);
      expect(await checkSignInThrottle(keys, new Date(at(15).getTime() - 1))).toEqual(locked(1));
      expect(await checkSignInThrottle(keys, at(15))).toEqual(ALLOWED);

      expect(await recordSignInFailure(keys, at(16))).toEqual(ALLOWED);
      expect(await stored(account)).toEqual({ failures: 1, windowStartedAt: at(16), lockedUntil: null });
    });

    it("starts counting again when a failure comes after the window", async () => {
      const { account, keys } = attempt();
      await fail(keys, 4, T0);
      // Exactly 15 minutes after the window opened it has passed.
      expect(await recordSignInFailure(keys, at(15))).toEqual(ALLOWED);
      expect(await stored(account)).toEqual({ failures: 1, windowStartedAt: at(15), lockedUntil: null });
      expect(await fail(keys, 3, at(20))).toEqual(Array(3).fill(ALLOWED));
      expect(await recordSignInFailure(keys, at(29))).toEqual(locked(15));
    });

    it("keeps counting inside the window and does not extend a lock", async () => {
      const { account, keys } = attempt();
      await fail(keys, 5, T0);
      expect(await recordSignInFailure(keys, at(10))).toEqual(locked(5));
      expect(await stored(account)).toEqual({ failures: 6, windowStartedAt: T0, lockedUntil: at(15) });
    });

    it("locks a client address at 20 failures across different accounts, for every account", async () => {
      const { address } = attempt();
      for (let i = 0; i < 19; i += 1) {
        expect(await recordSignInFailure([attempt().account, address], at(i * 0.5))).toEqual(ALLOWED);
      }
      expect(await recordSignInFailure([attempt().account, address], at(10))).toEqual(locked(15));
      // Another account from that address is refused; the same account from elsewhere is not.
      const other = attempt();
      expect(await checkSignInThrottle([other.account, address], at(11))).toEqual(locked(14));
      expect(await checkSignInThrottle(other.keys, at(11))).toEqual(ALLOWED);
      expect(await stored(address)).toMatchObject({ failures: 20, windowStartedAt: T0, lockedUntil: at(25) });
    });

    it("reports the longest wait when both keys are locked", async () => {
      const { account, address, keys } = attempt();
      await fail(keys, 5, T0); // account locked until 15
      for (let i = 0; i < 15; i += 1) await recordSignInFailure([attempt().account, address], at(5)); // address until 20
      expect(await checkSignInThrottle(keys, at(6))).toEqual(locked(14));
      expect(await checkSignInThrottle([account], at(6))).toEqual(locked(9));
    });

    it("clears the account's failures after a success, but not the address's", async () => {
      const { account, address, keys } = attempt();
      await fail(keys, 4, T0);
      await clearSignInFailures(account);
      expect(await stored(account)).toBeNull();
      expect(await stored(address)).toMatchObject({ failures: 4 });
      // The account has five attempts again.
      expect(await fail(keys, 4, at(1))).toEqual(Array(4).fill(ALLOWED));
      expect(await stored(address)).toMatchObject({ failures: 8 });
    });

    it("refuses to clear an address key passed off as an account key", async () => {
      const { address, keys } = attempt();
      await fail(keys, 1, T0);
      await expect(clearSignInFailures(address as unknown as AccountThrottleKey)).rejects.toThrow(/account key/);
      expect(await stored(address)).toMatchObject({ failures: 1 });
    });

    it("takes shortened limits from an options object", async () => {
      const { keys } = attempt();
      const policy = throttlePolicy({ account: { maxFailures: 2, lockMs: 90_000 } });
      expect(await recordSignInFailure(keys, T0, policy)).toEqual(ALLOWED);
      expect(await recordSignInFailure(keys, T0, policy)).toEqual(locked(2));
    });

    it("counts 30 concurrent failures on one key exactly", async () => {
      const { account } = attempt();
      const policy = throttlePolicy({ account: { maxFailures: 1000 } });
      const checks = await Promise.all(Array.from({ length: 30 }, () => recordSignInFailure([account], T0, policy)));
      expect(checks).toEqual(Array(30).fill(ALLOWED));
      expect(await stored(account)).toEqual({ failures: 30, windowStartedAt: T0, lockedUntil: null });
    });

    it("locks exactly once under 30 concurrent failures: 4 allowed, 26 refused", async () => {
      const { account } = attempt();
      const checks = await Promise.all(Array.from({ length: 30 }, () => recordSignInFailure([account], T0)));
      expect(checks.filter((check) => check.allowed)).toHaveLength(4);
      expect(checks.filter((check) => !check.allowed)).toEqual(Array(26).fill(locked(15)));
      expect(await stored(account)).toEqual({ failures: 30, windowStartedAt: T0, lockedUntil: at(15) });
    });

    it("counts 30 failures from two app servers (two processes, two Prisma clients) exactly", async () => {
      const tag = randomUUID().slice(0, 8);
      const email = `two.servers.${tag}@example.org`;
      const worker = startWorker(database().url, email, 15, T0);
      await worker.ready;
      worker.go();
      const here = await Promise.all(Array.from({ length: 15 }, () => recordSignInFailure([accountThrottleKey(email)], T0)));
      const checks = [...here, ...(await worker.checks)];
      expect(checks).toHaveLength(30);
      expect(checks.filter((check) => check.allowed)).toHaveLength(4);
      expect(await stored(accountThrottleKey(email))).toEqual({ failures: 30, windowStartedAt: T0, lockedUntil: at(15) });
    });
  });
}
