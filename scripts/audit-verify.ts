/**
 * `npm run audit:verify`: checks the audit trail of DATABASE_URL's database (default: the embedded SQLite file)
 * and prints one line: intact with the event count and the last hash, or where and why it is broken. Prints no
 * event content, so never patient data. Exit code 0: intact; 1: broken; 2: the check could not run.
 *
 * Keep the printed last hash somewhere else (a ticket, a log): a later run must still pass through it, which
 * shows even a rewrite that recomputed every hash.
 */
import { disconnectDb } from "@/lib/db/client.server";
import { verifyAuditChain } from "@/lib/db/verify-audit-chain.server";

try {
  const result = await verifyAuditChain();
  if (result.ok) {
    console.log(`Audit trail intact: ${result.count} events, last hash ${result.lastHash}`);
  } else {
    console.error(`Audit trail BROKEN at event #${result.firstBrokenSequence}: ${result.message} (${result.reason})`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`The audit trail could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await disconnectDb();
}
