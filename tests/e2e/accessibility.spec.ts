import { createTestAccount } from "./support/accounts";
import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { test as signedOut } from "./support/csp-console";
import { expect, signIn, test } from "./support/sign-in";
import { fillLowRiskScreening } from "./support/screening-form";

// `test` (signed in, from support/sign-in, built on support/csp-console) also fails any of these visits on which Chromium reports a Content Security Policy
// problem: every page, and the form's submission, must work under the policy.

// The result page and the form with errors are checked in the flows that reach them.
for (const [path, heading] of [
  ["/screenings", "Screenings"],
  ["/screenings/new", "New screening"],
  ["/source", /source/i],
  ["/api-reference", "API reference"],
] as const) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}

// Admin pages, checked as an admin; the API tokens page also with a token just issued and its field errors.
signedOut("/admin/api-tokens has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, await createTestAccount({ role: "admin" }));
  await page.goto("/admin/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Issue token" }).click();
  await expect(page.getByText("Enter a label, such as the system that will use it")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Account the token acts as").selectOption({ index: 1 });
  await page.getByLabel("Label").fill("Axe bridge");
  await page.getByRole("button", { name: "Issue token" }).click();
  await expect(page.getByLabel("New API token")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("the not-found page has no serious or critical accessibility violations", async ({ page }) => {
  const response = await page.goto("/screenings/no-such-screening");
  expect(response?.status()).toBe(404);
  await expectNoSeriousAxeViolations(page);
});

test("the list and a low-risk result have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Axe Lowrisk", dateOfBirth: { typed: "", iso: "1988-08-08" } },
    { systolic: "118", diastolic: "74", heartRate: "64" },
  );
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  // Even a low-risk screening never reads as "cleared": the counselling flags are listed, collapsed and open.
  const counselling = page.getByText(/^Counselling points to go through with the patient \(\d+\)$/);
  await expect(counselling).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await counselling.click();
  await expect(page.getByRole("main").locator("details")).toHaveAttribute("open");
  await expectNoSeriousAxeViolations(page);

  await page.goto("/screenings");
  await expect(page.getByRole("link", { name: "Axe Lowrisk" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
