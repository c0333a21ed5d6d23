/**
 * Personal API tokens as an admin manages them: issued for an account, shown once, listed by prefix only,
 * revoked after a confirmation; a clinician is refused the page.
 */
import { createHash } from "node:crypto";

import Database from "better-sqlite3";

import { createTestAccount } from "./support/accounts";
import { auditEventsOf } from "./support/audit";
import { test as asAnyone } from "./support/csp-console";
import { E2E_DATABASE_FILE } from "./support/environment";
import { expect, signIn, test as asClinician } from "./support/sign-in";

function storedToken(id: string) {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT * FROM "ApiToken" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  } finally {
    db.close();
  }
}

asAnyone("an admin issues a token, sees it once, finds it listed by its prefix, and revokes it", async ({ page }) => {
  const admin = await createTestAccount({ role: "admin", name: "Tess Tokenadmin" });
  const owner = await createTestAccount({ name: "Otto Owner" });
  await signIn(page, admin);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  expect(await page.title()).toMatch(/API tokens/);
  await expect(page.getByRole("link", { name: "API reference" })).toHaveAttribute("href", "/api-reference");

  await page.getByRole("button", { name: "Issue token" }).click();
  await expect(page.getByText("Choose the account the token acts as")).toBeVisible();
  await expect(page.getByText("Enter a label, such as the system that will use it")).toBeVisible();

  await page.getByLabel("Account the token acts as").selectOption({ label: `Otto Owner (${owner.email})` });
  await page.getByLabel("Label").fill("EHR bridge");
  await page.getByRole("button", { name: "Issue token" }).click();
  const field = page.getByLabel("New API token");
  await expect(field).toHaveValue(/^ks_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
  const token = await field.inputValue();

  const row = page.getByRole("row").filter({ hasText: "EHR bridge" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${token.slice(0, 10)}…`);
  await expect(row).toContainText(owner.email);
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");
  expect(await row.textContent()).not.toContain(token.slice(10));

  const issued = auditEventsOf({ actorUserId: admin.id }).find((event) => event.event === "api-token-issued");
  expect(issued?.detail).toBe(JSON.stringify({ ownerUserId: owner.id }));
  const stored = storedToken(issued?.recordId ?? "");
  expect(stored?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
  expect(JSON.stringify(stored)).not.toContain(token.slice(10));

  // Shown once: a reload has only the prefix.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token.slice(10));

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("stops working at once");
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  expect(storedToken(issued?.recordId ?? "")?.revokedById).toBe(admin.id);
  expect(auditEventsOf({ recordId: issued?.recordId ?? "" }).map((event) => [event.event, event.actorUserId])).toEqual([
    ["api-token-issued", admin.id],
    ["api-token-revoked", admin.id],
  ]);
});

asClinician("a clinician is refused the page and has no link to it", async ({ page, clinician }) => {
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  const response = await page.goto("/admin/api-tokens");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toHaveCount(0);
  expect(auditEventsOf({ actorUserId: clinician.id }).filter((event) => event.event === "access-denied").map((event) => event.recordId)).toContain("page:admin/api-tokens");
});
