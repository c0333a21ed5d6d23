/**
 * The new-screening page's patient search, as the tests see it: by its label and roles only.
 */
import { expect, type Locator, type Page } from "@playwright/test";

import { fillLowRiskScreening, type PatientDetails } from "./screening-form";

export function patientSearchBox(page: Page): Locator {
  return page.getByRole("combobox", { name: "Find an existing patient" });
}

/** The search's live region (the page has other status messages). */
export function patientSearchStatus(page: Page): Locator {
  return page.getByRole("region", { name: "Patient" }).getByRole("status");
}

/** Saves a low-risk screening of a new patient and waits for its result. */
export async function saveScreeningOf(page: Page, patient: PatientDetails): Promise<void> {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(page, patient, { systolic: "124", diastolic: "78", heartRate: "70" });
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
}
