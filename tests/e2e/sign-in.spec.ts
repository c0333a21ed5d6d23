/**
 * Signing in as a clinician would: a new account's first sign-in (own password, authenticator enrolment), the
 * second factor accepting each code once, wrong passwords and the throttle, sign-out, and a deactivated
 * clinician thrown out. Accounts are made per test (support/accounts.ts); codes are computed from the secret.
 */
import type { Browser, Page } from "@playwright/test";

import { expect, test } from "./support/csp-console";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { base32Decode, createTestAccount, freshCode, type TestAccount } from "./support/accounts";
import { auditEventsOf, countSessionsOf } from "./support/audit";
import { holdBackScripts } from "./support/held-scripts";
import { formAlert, signIn, signOut, submitCode, submitPassword } from "./support/sign-in";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("an admin creates a clinician, whose first sign-in sets their own password and their authenticator", async ({ page, browser }) => {
  // Two sign-ins with codes from one authenticator: the second may wait up to 30 s for a code not used yet.
  test.setTimeout(150_000);
  const admin = await createTestAccount({ role: "admin" });
  await signIn(page, admin);
  await page.getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const email = `new-clinician-${Date.now()}@test.invalid`;
  await page.getByLabel("Full name").fill("Nora Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  const temporary = (await page.getByTestId("temporary-password").textContent()) ?? "";
  expect(temporary).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
  await expect(page.getByRole("row", { name: /Nora Newcomer/ })).toContainText("Temporary password");

  // The clinician, in their own browser.
  const clinician = await newPage(browser);
  await submitPassword(clinician, { email, password: temporary });
  await expect(clinician.getByRole("heading", { level: 1, name: "Choose your own password" })).toBeVisible();
  await expectNoSeriousAxeViolations(clinician);
  // Nothing else opens before the password is changed.
  await clinician.goto("/screenings");
  await expect(clinician).toHaveURL(/\/account\/password$/);

  await clinician.getByLabel("Current password").fill(temporary);
  await clinician.getByLabel("New password", { exact: true }).fill("password1234");
  await clinician.getByLabel("New password again").fill("password1234");
  await clinician.getByRole("button", { name: "Change password" }).click();
  await expect(clinician.getByText("This password is too common")).toBeVisible();

  const ownPassword = "lantern orchard quietly 42";
  await clinician.getByLabel("New password", { exact: true }).fill(ownPassword);
  await clinician.getByLabel("New password again").fill(ownPassword);
  await clinician.getByRole("button", { name: "Change password" }).click();

  await expect(clinician.getByRole("heading", { level: 1, name: "Set up two-step sign-in" })).toBeVisible();
  await clinician.getByLabel("Your password").fill(ownPassword);
  await clinician.getByRole("button", { name: "Show my set-up code" }).click();
  await expect(clinician.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = base32Decode((await clinician.getByTestId("totp-secret").textContent()) ?? "");
  await expect(clinician.getByRole("list", { name: "Backup codes" }).getByRole("listitem")).toHaveCount(10);
  await expectNoSeriousAxeViolations(clinician);

  const enrolled: TestAccount = { id: "", name: "Nora Newcomer", email, password: ownPassword, role: "clinician", totpSecret: null, backupCodes: [], lastStep: 0 };
  await clinician.getByLabel("6-digit code").fill("000000");
  await clinician.getByRole("button", { name: "Finish set-up" }).click();
  await expect(clinician.getByText("That code is not right")).toBeVisible();
  await clinician.getByLabel("6-digit code").fill(await freshCode(enrolled, secret));
  await clinician.getByRole("button", { name: "Finish set-up" }).click();
  await expect(clinician.getByRole("heading", { level: 1, name: "Screenings" })).toBeVisible();

  // Signed out and in again: password, then a new code from the app.
  await signOut(clinician);
  await submitPassword(clinician, enrolled);
  await expect(clinician.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
  await submitCode(clinician, await freshCode(enrolled, secret));
  await expect(clinician.getByRole("heading", { level: 1, name: "Screenings" })).toBeVisible();

  const events = auditEventsOf({ actorEmail: email }).map((row) => row.event);
  expect(events).toEqual(expect.arrayContaining(["sign-in", "password-changed", "mfa-enrolled", "sign-out"]));
  expect(auditEventsOf({ actorEmail: admin.email }).map((row) => row.event)).toContain("account-created");
});

test("an authenticator code is accepted once: the same code is refused the second time", async ({ page }) => {
  const account = await createTestAccount();
  await submitPassword(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const code = await freshCode(account);
  await submitCode(page, code);
  await expect(page.getByRole("heading", { level: 1, name: "Screenings" })).toBeVisible();

  await signOut(page);
  await submitPassword(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
  await submitCode(page, code);
  await expect(page.getByText("This code has already been used")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
});

test("a backup code signs in once", async ({ page }) => {
  const account = await createTestAccount();
  await submitPassword(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
  await page.getByText("Lost your device? Use a backup code").click();
  await page.getByLabel("Backup code").fill(account.backupCodes[0]!);
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screenings" })).toBeVisible();

  await signOut(page);
  await submitPassword(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
  await page.getByText("Lost your device? Use a backup code").click();
  await page.getByLabel("Backup code").fill(account.backupCodes[0]!);
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page.getByText("That backup code is not right, or it was used before.")).toBeVisible();
});

test("a wrong password says the same as an unknown email, and repeated failures lock the account with a wait", async ({ page }) => {
  const account = await createTestAccount();
  await page.goto("/sign-in");
  await expectNoSeriousAxeViolations(page);

  await submitPassword(page, { email: "nobody-here@test.invalid", password: "whatever whatever" });
  await expect(formAlert(page)).toHaveText("The email or password is not right.");

  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await submitPassword(page, { email: account.email, password: `wrong password ${attempt}` });
    await expect(formAlert(page)).toHaveText("The email or password is not right.");
  }
  await submitPassword(page, { email: account.email, password: "wrong password 5" });
  await expect(formAlert(page)).toHaveText("Too many sign-in attempts. Try again in 15 minutes.");
  // Now even the right password waits.
  await submitPassword(page, account);
  await expect(formAlert(page)).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const failures = auditEventsOf({ actorEmail: account.email }).filter((row) => row.event === "sign-in-failed");
  expect(failures).toHaveLength(6);
});

test("sign-out ends the session on the server", async ({ page }) => {
  const account = await createTestAccount();
  await signIn(page, account);
  expect(countSessionsOf(account.id)).toBe(1);
  await signOut(page);
  expect(countSessionsOf(account.id)).toBe(0);
  await page.goto("/screenings");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the sign-out button waits for the page's script: a click before it runs is never silently lost", async ({ page }) => {
  const account = await createTestAccount();
  await signIn(page, account);
  const scripts = await holdBackScripts(page);
  await page.goto("/screenings", { waitUntil: "domcontentloaded" });
  // Before the script, a click on an enabled button did nothing; the clinician believed they had signed out.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeDisabled();
  scripts.release();
  await signOut(page);
  expect(countSessionsOf(account.id)).toBe(0);
});

test("a deactivated clinician is thrown out at their next request and cannot sign in again", async ({ page, browser }) => {
  const clinician = await createTestAccount({ name: "Dana Departing" });
  await signIn(page, clinician);

  const adminPage = await newPage(browser);
  const admin = await createTestAccount({ role: "admin" });
  await signIn(adminPage, admin);
  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row", { name: /Dana Departing/ });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await row.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(row).toContainText("Deactivated");
  expect(countSessionsOf(clinician.id)).toBe(0);

  await page.goto("/screenings/new");
  await expect(page).toHaveURL(/\/sign-in$/);
  await submitPassword(page, clinician);
  await expect(formAlert(page)).toHaveText("The email or password is not right.");
});

test("a clinician is refused the admin pages with a 403, and the refusal is recorded", async ({ page }) => {
  const clinician = await createTestAccount();
  await signIn(page, clinician);
  for (const path of ["/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  }
  const denied = auditEventsOf({ actorUserId: clinician.id }).filter((row) => row.event === "access-denied");
  expect(denied.map((row) => row.recordId)).toEqual(["page:admin/users", "page:admin/audit"]);
});

test("what is typed into the sign-in form before its script has arrived is kept and is what it submits", async ({ page }) => {
  const account = await createTestAccount();
  // Hold back every script, the form's own (loaded after the page) included: the form is the server's HTML alone.
  const scripts = await holdBackScripts(page);
  await page.goto("/sign-in", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("button", { name: "Sign in" })).toBeDisabled();
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  scripts.release();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
});
