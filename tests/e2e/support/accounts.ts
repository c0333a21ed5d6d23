/**
 * Test accounts written straight into the browser tests' database, as the app would have stored them: a
 * better-auth scrypt password, and (when enrolled) a second factor encrypted with the test server's secret.
 * Each test makes its own accounts, so no test depends on another's sign-ins (a TOTP code is accepted once).
 */
import { randomBytes, randomUUID } from "node:crypto";

import Database from "better-sqlite3";
import { hashPassword, symmetricEncrypt } from "better-auth/crypto";

import { hotp, totpStep } from "@/lib/auth/totp";
import type { Role } from "@/lib/auth/roles";

import { E2E_AUTH_SECRET, E2E_DATABASE_FILE } from "./environment";

export interface TestAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  /** The authenticator secret as better-auth keeps it (its UTF-8 bytes are the HMAC key); null when not enrolled. */
  readonly totpSecret: string | null;
  readonly backupCodes: readonly string[];
  /** The last time step whose code this account used: the server refuses it, and every earlier one, again. */
  lastStep: number;
}

export interface AccountOptions {
  readonly role?: Role;
  readonly enrolled?: boolean;
  readonly mustChangePassword?: boolean;
  readonly name?: string;
  readonly databaseFile?: string;
  /** The secret of the server that will read the account (its authenticator secret is encrypted with it). */
  readonly authSecret?: string;
}

export async function createTestAccount(options: AccountOptions = {}): Promise<TestAccount> {
  const tag = randomUUID().slice(0, 8);
  const role = options.role ?? "clinician";
  const account: TestAccount = {
    id: randomUUID(),
    name: options.name ?? `Test ${role === "admin" ? "Admin" : "Clinician"} ${tag}`,
    email: `${role}-${tag}@test.invalid`,
    password: `correct horse battery ${tag}`,
    role,
    totpSecret: options.enrolled === false ? null : randomBytes(24).toString("base64url").slice(0, 32),
    backupCodes: Array.from({ length: 3 }, (_, index) => `backup-${tag}-${index}`),
    lastStep: 0,
  };
  const now = Date.now();
  const key = options.authSecret ?? E2E_AUTH_SECRET;
  const db = new Database(options.databaseFile ?? E2E_DATABASE_FILE, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare(
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "mustChangePassword", "twoFactorEnabled", "createdAt", "updatedAt")
       VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    ).run(account.id, account.name, account.email, role, options.mustChangePassword ? 1 : 0, account.totpSecret ? 1 : 0, now, now);
    db.prepare(
      `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES (?, ?, 'credential', ?, ?, ?, ?)`,
    ).run(randomUUID(), account.id, account.id, await hashPassword(account.password), now, now);
    if (account.totpSecret) {
      db.prepare(`INSERT INTO "TwoFactor" (id, secret, "backupCodes", "userId", verified) VALUES (?, ?, ?, ?, 1)`).run(
        randomUUID(),
        await symmetricEncrypt({ key, data: account.totpSecret }),
        await symmetricEncrypt({ key, data: JSON.stringify(account.backupCodes) }),
        account.id,
      );
    }
  } finally {
    db.close();
  }
  return account;
}

/** The code for a time step, from a secret as better-auth keeps it. */
export function codeAt(secretKey: Uint8Array, step: number): string {
  return hotp(secretKey, step, 6);
}

/**
 * A code the server has not seen from this account: the current one, or (when this step's code was used
 * already) the next step's, waiting for it to begin.
 */
export async function freshCode(account: TestAccount, secretKey: Uint8Array = new TextEncoder().encode(account.totpSecret ?? "")): Promise<string> {
  let step = totpStep(new Date());
  while (step <= account.lastStep) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    step = totpStep(new Date());
  }
  account.lastStep = step;
  return codeAt(secretKey, step);
}

/** RFC 4648 base32, as the enrolment page shows the secret (spaces allowed). */
export function base32Decode(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
