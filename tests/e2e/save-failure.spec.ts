import { expect, test } from "./support/sign-in";

import { countScreeningsOf } from "./support/database";
import { fillLowRiskScreening } from "./support/screening-form";

test("a failed save says so, keeps what was typed, and a retry stores the screening once", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Network Failure", dateOfBirth: { typed: "", iso: "1969-07-21" } },
    { systolic: "126", diastolic: "80", heartRate: "70" },
  );

  // The Server Action's request is lost on the way: the clinician must be told, and keep their entries.
  let blocked = 0;
  await page.route("**/screenings/new**", async (route) => {
    const isServerAction = route.request().method() === "POST" && (await route.request().headerValue("next-action"));
    if (isServerAction && blocked === 0) {
      blocked += 1;
      await route.abort("connectionreset");
    } else {
      await route.fallback();
    }
  });
  await page.getByRole("button", { name: "Save and assess" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "The screening was not saved" });
  await expect(alert).toBeVisible();
  expect(blocked).toBe(1);
  await expect(page.getByLabel("Full name")).toHaveValue("Network Failure");
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("126");
  expect(countScreeningsOf("Network Failure")).toBe(0);

  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  expect(countScreeningsOf("Network Failure")).toBe(1);
});
