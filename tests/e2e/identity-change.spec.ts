import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { countPatientsNamed, countScreeningsOf } from "./support/database";
import { saveScreeningOf } from "./support/patient-search";
import { fillVitals, option } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

test("a repeat screening that renames a known patient asks first, goes back without saving, and saves once confirmed", async ({ page }) => {
  await saveScreeningOf(page, { fullName: "Identity Before", dateOfBirth: { typed: "", iso: "1979-03-14" }, medicalRecordNumber: "MRN-IDENT-1" });
  const firstResult = page.url();
  await expect(page.getByText(/Identity Before, born 14 Mar 1979 \(age \d+\), record MRN-IDENT-1/)).toBeVisible();

  await page.getByRole("link", { name: "New screening for this patient" }).click();
  await expect(page.getByLabel("Full name")).toHaveValue("Identity Before");
  await page.getByLabel("Full name").fill("Identity After");
  await fillVitals(page, { systolic: "126", diastolic: "80", heartRate: "72" });
  await option(page, "Pregnancy", "Not pregnant").check();
  await option(page, "Breastfeeding", "No").check();
  await page.getByRole("button", { name: "Save and assess" }).click();

  // The change is shown (old -> new) and the panel takes focus; nothing is stored yet.
  const panel = page.getByRole("region", { name: "Confirm the change to this patient’s details" });
  await expect(panel).toBeFocused();
  const row = panel.getByRole("row", { name: /Full name/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Identity Before");
  await expect(row.getByRole("cell").nth(1)).toHaveText("→ Identity After");
  await expect(panel.getByRole("row")).toHaveCount(2);
  await expectNoSeriousAxeViolations(page);
  expect(countScreeningsOf("Identity Before")).toBe(1);

  // Going back keeps every entry and saves nothing.
  await panel.getByRole("button", { name: "Go back and edit" }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByLabel("Full name")).toBeFocused();
  await expect(page.getByLabel("Full name")).toHaveValue("Identity After");
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("126");
  expect(countScreeningsOf("Identity Before")).toBe(1);
  expect(countPatientsNamed("Identity After")).toBe(0);

  // Asked again on the next save; confirming saves the screening and renames the patient.
  await page.getByRole("button", { name: "Save and assess" }).click();
  await panel.getByRole("button", { name: "Confirm the change and save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  await expect(page.getByText(/Identity After, born 14 Mar 1979 \(age \d+\), record MRN-IDENT-1/)).toBeVisible();
  expect(countPatientsNamed("Identity Before")).toBe(0);
  expect(countScreeningsOf("Identity After")).toBe(2);

  // The earlier screening still shows the name it was recorded with, and says the details have changed since.
  await page.goto(firstResult);
  await expect(page.getByText(/Identity Before, born 14 Mar 1979/)).toBeVisible();
  await expect(page.getByText(/The patient’s details have changed since this screening: now recorded as Identity After/)).toBeVisible();
  await page.goto("/screenings");
  await expect(page.getByRole("link", { name: "Identity Before" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Identity After" })).toHaveCount(1);
});
