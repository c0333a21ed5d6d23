import { expect, test } from "./support/sign-in";

import { countScreeningsOf } from "./support/database";
import { fillLowRiskScreening } from "./support/screening-form";
import { isDraftSave, loseServerActions } from "./support/server-actions";

test("a failed save says so, keeps what was typed, and a retry stores the screening once", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Network Failure", dateOfBirth: { typed: "", iso: "1969-07-21" } },
    { systolic: "126", diastolic: "80", heartRate: "70" },
  );

  // The Server Action's request is lost on the way: the clinician must be told, and keep their entries.
  // Only the screening's own save: a draft autosave racing the click must not take the lost request.
  let lost = 0;
  await loseServerActions(page, (body) => {
    if (isDraftSave(body) || lost > 0) return false;
    lost += 1;
    return true;
  });
  await page.getByRole("button", { name: "Save and assess" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "The screening was not saved" });
  await expect(alert).toBeVisible();
  expect(lost).toBe(1);
  await expect(page.getByLabel("Full name")).toHaveValue("Network Failure");
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("126");
  expect(countScreeningsOf("Network Failure")).toBe(0);

  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  expect(countScreeningsOf("Network Failure")).toBe(1);
});
