import { expect, test } from "./support/sign-in";

import { countScreeningsOf } from "./support/database";
import { fillLowRiskScreening } from "./support/screening-form";

test("a double-click on submit stores one screening", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Double Click", dateOfBirth: { typed: "", iso: "1990-01-20" } },
    { systolic: "124", diastolic: "78", heartRate: "66" },
  );
  await page.getByRole("button", { name: "Save and assess" }).dblclick();

  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  expect(countScreeningsOf("Double Click")).toBe(1);
  await page.goto("/screenings");
  await expect(page.getByRole("link", { name: "Double Click" })).toHaveCount(1);
});
