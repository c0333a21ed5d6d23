/**
 * Part of `npm start`: on the embedded database with no account yet, creates a demo clinician and a demo admin
 * and keeps their sign-ins in data/demo-sign-ins.txt, readable by the owner only; `npm start` prints them once
 * the app is ready, on this and later starts. (With DEMO_ACCOUNTS=true on a configured database they are printed
 * here instead, and no file is written.) On a configured database (DATABASE_URL set) it creates nothing unless DEMO_ACCOUNTS=true:
 * a real deployment starts with `npm run user:create` instead.
 */
import { chmodSync, writeFileSync } from "node:fs";
import path from "node:path";

import { disconnectDb } from "@/lib/db/client.server";
import { countAccounts } from "@/lib/db/count-accounts.server";
import { createAccountWithGeneratedPassword, type NewAccount } from "@/lib/server/create-account-with-temporary-password.server";

import { COMMAND_LINE_ACTOR } from "./command-line-actor";

const DEMO_SIGN_INS_FILE = path.join(process.cwd(), "data", "demo-sign-ins.txt");

const DEMO_ACCOUNTS: readonly NewAccount[] = [
  { name: "Demo Clinician", email: "clinician@demo.invalid", role: "clinician" },
  { name: "Demo Administrator", email: "admin@demo.invalid", role: "admin" },
];

function wanted(): boolean {
  const flag = process.env.DEMO_ACCOUNTS?.trim().toLowerCase();
  if (flag === "true" || flag === "1") return true;
  if (flag === "false" || flag === "0") return false;
  return !process.env.DATABASE_URL;
}

async function main(): Promise<void> {
  if ((await countAccounts()) > 0) return;
  if (!wanted()) {
    console.log("\nNo accounts yet. Create the first administrator with:\n  npm run user:create -- --email <email> --name <name> --role admin\n");
    return;
  }
  const lines = ["Demo sign-ins (created on first start; change them or deactivate them before real use):"];
  for (const account of DEMO_ACCOUNTS) {
    const created = await createAccountWithGeneratedPassword(COMMAND_LINE_ACTOR, account, { temporary: false });
    if (!created.ok) throw new Error(`Could not create the demo account ${account.email}: ${JSON.stringify(created.fieldErrors)}`);
    lines.push(`  ${account.role.padEnd(9)}  ${account.email}  password: ${created.password}`);
  }
  lines.push(
    process.env.REQUIRE_MFA?.trim().toLowerCase() === "false"
      ? "Two-step sign-in is off (REQUIRE_MFA=false)."
      : "The first sign-in of each asks you to set up an authenticator app (scan the QR code or type the secret).",
  );
  const text = `${lines.join("\n")}\n`;
  if (process.env.DATABASE_URL) {
    // A configured database: the sign-ins belong to whoever asked (DEMO_ACCOUNTS=true), not to this folder.
    console.log(`\n${text}`);
    return;
  }
  writeFileSync(DEMO_SIGN_INS_FILE, text, { mode: 0o600 });
  chmodSync(DEMO_SIGN_INS_FILE, 0o600);
  console.log("Demo accounts created; their sign-ins are printed when the app is ready.");
}

await main().finally(disconnectDb);
