/**
 * The audit trail as an admin reads it: newest first, filtered by user and event, a malformed filter reported on
 * its field (never silently ignored).
 */
import { createTestAccount } from "./support/accounts";
import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { expect, test } from "./support/csp-console";
import { signIn } from "./support/sign-in";

test("an admin reads and filters the audit trail", async ({ page }) => {
  const admin = await createTestAccount({ role: "admin", name: "Audrey Auditor" });
  await signIn(page, admin);
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("User", { exact: true }).selectOption({ label: `Audrey Auditor (${admin.email})` });
  await page.getByLabel("Event", { exact: true }).selectOption("sign-in");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // the header and this admin's one sign-in
  await expect(rows.nth(1)).toContainText(admin.email);
  await expect(rows.nth(1)).toContainText("sign-in");
  // Filters travel as opaque ids and names of events only.
  expect(page.url()).not.toContain(admin.email);

  await page.getByLabel("From (day, UTC)").fill("2026-11-25");
  await page.getByLabel("To (day, UTC, included)").fill("2026-11-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("The last day is before the first day")).toBeVisible();
  await expect(page.getByText("Correct the filters above to see the audit trail.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
