import { expect, test } from "./support/sign-in";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { countAllScreenings } from "./support/database";
import { fillLowRiskScreening } from "./support/screening-form";

test("an invalid screening shows field errors, focuses the first, keeps the entries and stores nothing", async ({
  page,
}) => {
  const storedBefore = countAllScreenings();
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Invalid Vitals", dateOfBirth: { typed: "", iso: "1980-05-01" } },
    { systolic: "400", diastolic: "410", heartRate: "70" },
  );
  await page.getByRole("button", { name: "Save and assess" }).click();

  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Systolic.*between 50 and 300/ })).toBeVisible();
  // The inline error is the field's accessible description, so a screen reader announces it with the field.
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveAccessibleDescription(/Systolic must be between 50 and 300 mmHg/);
  await expect(page.getByLabel("Systolic (mmHg)")).toBeFocused();
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Diastolic (mmHg)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Diastolic (mmHg)")).toHaveAccessibleDescription(/Diastolic must be between 20 and 200 mmHg/);
  await expect(page.getByLabel("Full name")).toHaveValue("Invalid Vitals");
  await expectNoSeriousAxeViolations(page);

  // Diastolic above a valid systolic: the cross-field message sits at the diastolic field.
  await page.getByLabel("Systolic (mmHg)").fill("120");
  await page.getByLabel("Diastolic (mmHg)").fill("130");
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByLabel("Diastolic (mmHg)")).toHaveAccessibleDescription(/Diastolic must be lower than systolic/);
  await expect(page.getByLabel("Diastolic (mmHg)")).toBeFocused();

  // Still the form (its draft's id may have joined the address), not a result.
  await expect(page).toHaveURL(/\/screenings\/new(\?draft=[^&=]+)?$/);
  expect(countAllScreenings()).toBe(storedBefore);
});
