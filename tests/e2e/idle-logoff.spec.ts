/**
 * Automatic logoff, on the test server whose idle limit is 20 seconds with a warning 12 seconds before: the
 * warning comes first, "Stay signed in" moves the deadline, and a page left alone ends on the sign-in page
 * with the logoff recorded.
 */
import { expect, test } from "./support/csp-console";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { createTestAccount } from "./support/accounts";
import { auditEventsOf, countSessionsOf } from "./support/audit";
import { E2E_IDLE_SERVER } from "./support/environment";
import { signIn } from "./support/sign-in";

test.use({ baseURL: `http://127.0.0.1:${E2E_IDLE_SERVER.port}` });

test("an idle page warns first, can be kept, and is signed out at the limit", async ({ page }) => {
  test.setTimeout(120_000);
  const account = await createTestAccount({ databaseFile: E2E_IDLE_SERVER.databaseFile });
  await signIn(page, account);

  const warning = page.getByRole("alertdialog", { name: "You will be signed out soon" });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();

  // Left alone: the warning again, then the sign-in page.
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/sign-in\?reason=idle$/, { timeout: 20_000 });
  await expect(page.getByText("You were signed out because nothing happened for a while.")).toBeVisible();
  expect(countSessionsOf(account.id, E2E_IDLE_SERVER.databaseFile)).toBe(0);
  const events = auditEventsOf({ actorUserId: account.id }, E2E_IDLE_SERVER.databaseFile).map((row) => row.event);
  expect(events.filter((event) => event === "idle-logoff")).toHaveLength(1);

  // The patient pages are closed to the old cookie.
  await page.goto("/screenings");
  await expect(page).toHaveURL(/\/sign-in$/);
});
