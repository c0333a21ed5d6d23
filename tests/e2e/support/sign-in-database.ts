/**
 * Stands in for the sign-off page, which is being built on another branch (the lead's review UI): records the
 * decisions and the signature straight into the browser tests' database, in the columns `signScreening` and
 * `recordFlagDecision` (lib/db) write, so the amendment flow can start from a signed screening. Replace with the
 * real sign-off steps once that UI is merged. Only a screening awaiting review is signed, as the app allows.
 */
import Database from "better-sqlite3";

import type { TestAccount } from "./accounts";
import { E2E_DATABASE_FILE } from "./environment";

export function signScreeningInDatabase(screeningId: string, signer: TestAccount): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true, timeout: 5000 });
  const now = Date.now();
  try {
    db.transaction(() => {
      db.prepare(
        `UPDATE "Flag" SET decision = 'proceed-with-precautions', "decisionNote" = 'Recheck before treatment', "decidedById" = ?, "decidedAt" = ?
         WHERE "screeningId" = ? AND severity IN ('critical', 'warning')`,
      ).run(signer.id, now, screeningId);
      const signed = db
        .prepare(
          `UPDATE "Screening" SET status = 'signed', outcome = 'cleared-with-precautions', "signedById" = ?, "signedAt" = ?,
             "signerName" = ?, "signerRole" = ?, "updatedAt" = ?
           WHERE id = ? AND status = 'awaiting-review'`,
        )
        .run(signer.id, now, signer.name, signer.role, now, screeningId);
      if (signed.changes !== 1) throw new Error(`screening ${screeningId} is not awaiting review`);
    })();
  } finally {
    db.close();
  }
}
