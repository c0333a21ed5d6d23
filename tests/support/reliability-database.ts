/**
 * Direct reads and writes of a test server's SQLite file for the reliability suites: a signed-in session for an
 * account made with `npm run user:create`, and a snapshot of the clinical tables to show nothing changed.
 */
import { createHash, randomBytes } from "node:crypto";

import Database from "better-sqlite3";

import { sqliteDate } from "./screening-rows";
import { signedSessionCookie } from "./session-cookie";

/**
 * A session of the account's, and the cookie a browser would send for it (signed as better-auth signs it:
 * HMAC-SHA256 of the token with the auth secret). The account's temporary password is marked changed, so the
 * session reaches everything a clinician may call; the server runs with REQUIRE_MFA=false.
 */
export function signedInCookie(file: string, email: string, authSecret: string): string {
  const db = new Database(file, { timeout: 5_000 });
  try {
    const user = db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: string } | undefined;
    if (!user) throw new Error(`No account ${email}`);
    db.prepare(`UPDATE "User" SET "mustChangePassword" = 0 WHERE id = ?`).run(user.id);
    const token = randomBytes(24).toString("base64url");
    const now = new Date();
    db.prepare(`INSERT INTO "Session" (id, "expiresAt", "lastActiveAt", token, "createdAt", "updatedAt", "userId") VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      randomBytes(12).toString("hex"),
      sqliteDate(new Date(now.getTime() + 12 * 3_600_000)),
      sqliteDate(now),
      token,
      sqliteDate(now),
      sqliteDate(now),
      user.id,
    );
    return signedSessionCookie(token, authSecret);
  } finally {
    db.close();
  }
}

export interface ClinicalSnapshot {
  readonly counts: Readonly<Record<string, number>>;
  /** SHA-256 of every row of Patient and Screening, in id order. */
  readonly contentHash: string;
}

const COUNTED = ["Patient", "Screening", "Flag", "ScreeningDraft"] as const;

export function clinicalSnapshot(file: string): ClinicalSnapshot {
  const db = new Database(file, { readonly: true, timeout: 5_000 });
  try {
    const counts = Object.fromEntries(COUNTED.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n]));
    const hash = createHash("sha256");
    for (const table of ["Patient", "Screening"]) {
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY id`).iterate()) hash.update(`${table}\0${JSON.stringify(row)}\n`);
    }
    return { counts, contentHash: hash.digest("hex") };
  } finally {
    db.close();
  }
}
