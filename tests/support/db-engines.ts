/**
 * Real databases for the data-access tests: a fresh SQLite file in a temporary folder, or a scratch
 * PostgreSQL database (random name, dropped afterwards), each migrated with the project's migration code.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { resolveDatabaseTarget } from "@/lib/db/database-url.server";
import { applyPendingMigrations } from "@/scripts/db/migrations";

export interface TestDatabase {
  readonly engine: "sqlite" | "postgresql";
  readonly url: string;
  /** Migrations applied when the database was created. */
  readonly applied: readonly string[];
  readonly drop: () => Promise<void>;
}

export async function createSqliteDatabase(): Promise<TestDatabase & { readonly filePath: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "ketamine-db-test-"));
  const filePath = path.join(dir, "nested", "test.db");
  const url = `file:${filePath}`;
  const applied = await applyPendingMigrations(resolveDatabaseTarget(url));
  return { engine: "sqlite", url, filePath, applied, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

const DEFAULT_ADMIN_URLS = ["postgresql://postgres@127.0.0.1:5432/postgres", "postgresql://root@127.0.0.1:5432/postgres"];

async function connectAdmin(): Promise<{ client: pg.Client; url: string }> {
  const candidates = process.env.TEST_POSTGRES_ADMIN_URL ? [process.env.TEST_POSTGRES_ADMIN_URL] : DEFAULT_ADMIN_URLS;
  const failures: string[] = [];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      return { client, url };
    } catch (error) {
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      await client.end().catch(() => {});
    }
  }
  throw new Error(
    "The PostgreSQL data-access tests need a server they can create databases on, and none answered.\n" +
      failures.map((line) => `  ${line}`).join("\n") +
      "\nStart PostgreSQL on 127.0.0.1:5432 (trust authentication), or set TEST_POSTGRES_ADMIN_URL to a URL " +
      "whose user may CREATE DATABASE.",
  );
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const admin = await connectAdmin();
  const name = `ketamine_test_${randomBytes(6).toString("hex")}`;
  try {
    await admin.client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.client.end();
  }
  const address = new URL(admin.url);
  address.pathname = `/${name}`;
  const url = address.toString();
  const drop = async () => {
    const { client } = await connectAdmin();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  try {
    const applied = await applyPendingMigrations(resolveDatabaseTarget(url));
    return { engine: "postgresql", url, applied, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

const LOCK_HOLDER = fileURLToPath(new URL("./db-lock-holder.ts", import.meta.url));

export interface HeldLock {
  /** Resolves once the other process holds the lock. */
  readonly locked: Promise<void>;
  /** Resolves when the other process has released the lock and exited. */
  readonly released: Promise<void>;
  /** Asks the other process to release now (for locks held until told). */
  readonly release: () => void;
}

/** Holds a lock on the SQLite file from another process, for `holdMs` or until `release()`. */
export function holdSqliteLock(filePath: string, mode: "write" | "read", holdMs: number | "until-released"): HeldLock {
  const child = spawn(process.execPath, ["--import", "tsx", LOCK_HOLDER, filePath, mode, holdMs === "until-released" ? "stdin" : String(holdMs)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  const seen = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(word) && resolve();
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        check();
      });
      child.once("exit", (code) => (output.includes(word) ? resolve() : reject(new Error(`lock holder exited ${code} before "${word}"`))));
      child.once("error", reject);
    });
  return {
    locked: seen("locked"),
    released: seen("released"),
    release: () => {
      child.stdin.write("release\n");
    },
  };
}
