/**
 * Signing in through the real pages, as a clinician would: email and password, then the authenticator code.
 */
import { expect, type Page } from "@playwright/test";

import { test as cspChecked } from "./csp-console";

import { createTestAccount, freshCode, type AccountOptions, type TestAccount } from "./accounts";

export async function submitPassword(page: Page, account: Pick<TestAccount, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The form's own message (Next.js keeps a second, empty alert for its route announcer). */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export async function submitCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs out through the header's button and waits until the server has ended the session. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
}

/** Signs an enrolled account in and waits for the screenings list. */
export async function signIn(page: Page, account: TestAccount): Promise<void> {
  await submitPassword(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your sign-in code" })).toBeVisible();
  await submitCode(page, await freshCode(account));
  await expect(page.getByRole("heading", { level: 1, name: "Screenings" })).toBeVisible();
}

export async function signInAsNewAccount(page: Page, options: AccountOptions = {}): Promise<TestAccount> {
  const account = await createTestAccount(options);
  await signIn(page, account);
  return account;
}

/**
 * The browser tests' `test`: each test starts signed in as a clinician of its own (the `clinician` fixture is
 * automatic), and fails if Chromium reports a Content Security Policy problem on any page it visited. Tests of
 * the sign-in pages themselves use `test` from ./csp-console.
 */
export const test = cspChecked.extend<{ clinician: TestAccount }>({
  clinician: [
    async ({ page }, use) => {
      await use(await signInAsNewAccount(page));
    },
    { auto: true },
  ],
});

export { expect };
