/**
 * A second app server for the throttle's concurrency test: its own process, hence its own Prisma client.
 * Usage: node --conditions=react-server --import tsx sign-in-failure-worker.ts <database url> <email> <count> <now ISO>
 * Opens the client, prints "ready", waits for a line on stdin, then records <count> concurrent failures on
 * the account key of <email> at <now> (default policy) and prints one JSON line: the checks they returned.
 */
import { accountThrottleKey } from "@/lib/auth/throttle-policy";
import { disconnectDb, openDb } from "@/lib/db/client.server";
import { recordSignInFailure } from "@/lib/db/sign-in-throttle.server";

const [url, email, count, nowIso] = process.argv.slice(2);
if (!url || !email || !count || !nowIso) {
  console.error("usage: sign-in-failure-worker.ts <database url> <email> <count> <now ISO>");
  process.exit(2);
}

const db = await openDb({ url });
await db.signInThrottle.count(); // connect before saying ready
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));

const now = new Date(nowIso);
const key = accountThrottleKey(email);
const checks = await Promise.all(Array.from({ length: Number(count) }, () => recordSignInFailure([key], now)));
process.stdout.write(`${JSON.stringify(checks)}\n`);
await disconnectDb();
process.exit(0);
