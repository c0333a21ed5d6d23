import { expect, test } from "./support/sign-in";

import { countPatientsNamed, countScreeningsOf } from "./support/database";
import { patientSearchBox } from "./support/patient-search";
import { fillLowRiskScreening, fillVitals, option } from "./support/screening-form";

test("a repeat screening of an existing patient is pre-filled and filed under the same patient", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Repeat Patient", dateOfBirth: { typed: "", iso: "1975-11-02" }, medicalRecordNumber: "MRN-REPEAT-1" },
    { systolic: "128", diastolic: "82", heartRate: "74" },
  );
  await option(page, "Heart and circulation conditions", "Yes").check();
  await option(page, "Heart and circulation conditions", "Valvular heart disease").check();
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();

  await page.goto("/screenings/new");
  await patientSearchBox(page).fill("repeat pat");
  const patientOption = page.getByRole("option", { name: /^Repeat Patient — born 2 Nov 1975 — record MRN-REPEAT-1$/ });
  await expect(patientOption).toHaveCount(1);
  await patientOption.click();
  await expect(page).toHaveURL(/patientId=/);

  // Identity and history carry over; vitals are always entered fresh.
  await expect(page.getByLabel("Full name")).toHaveValue("Repeat Patient");
  await expect(page.getByLabel("Medical record number")).toHaveValue("MRN-REPEAT-1");
  await expect(option(page, "Heart and circulation conditions", "Yes")).toBeChecked();
  await expect(option(page, "Heart and circulation conditions", "Valvular heart disease")).toBeChecked();
  await expect(option(page, "Breathing conditions", "None")).toBeChecked();
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("");
  await fillVitals(page, { systolic: "136", diastolic: "84", heartRate: "80" });
  await option(page, "Pregnancy", "Not pregnant").check();
  await option(page, "Breastfeeding", "No").check();
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();

  expect(countPatientsNamed("Repeat Patient")).toBe(1);
  expect(countScreeningsOf("Repeat Patient")).toBe(2);
});
