/**
 * The screening list: one patient's screenings found by record number with the keyboard (the URL carries only
 * the patient's id), filters in the URL (the signer by account id), a malformed filter reported on its field,
 * axe on each state.
 */
import { readFileSync } from "node:fs";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { saveScreeningOf } from "./support/patient-search";
import { expect, test } from "./support/sign-in";

test("a clinician finds one patient's screenings by record number and filters the list", async ({ page, clinician }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  await saveScreeningOf(page, { fullName: "Listed Patient", dateOfBirth: { typed: "", iso: "1968-07-21" }, medicalRecordNumber: `MRN-LIST-${suffix}` });
  await saveScreeningOf(page, { fullName: "Other Listed", dateOfBirth: { typed: "", iso: "1990-01-05" }, medicalRecordNumber: `MRN-OTHER-${suffix}` });

  await page.goto("/screenings");
  await expect(page.getByRole("columnheader", { name: "Need a decision" })).toBeVisible();
  const search = page.getByRole("combobox", { name: "Find a patient" });
  await search.focus();
  await page.keyboard.type(`mrn-list-${suffix.toLowerCase()}`);
  await expect(page.getByRole("listbox", { name: "Patients found" }).getByRole("option")).toHaveCount(1);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/screenings\?patient=[^&]+$/);
  expect(page.url()).not.toMatch(/MRN|Listed/i);
  await expect(page.getByText("Patient: Listed Patient, record")).toBeVisible();
  const rows = page.getByRole("table", { name: /^Screenings/ }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole("rowheader")).toHaveText("Listed Patient");
  await expect(rows.nth(1).getByRole("cell", { name: "Not signed", exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Filters combine, and live in the URL.
  await page.getByLabel("Highest severity").selectOption("critical");
  await page.getByRole("button", { name: "Show screenings" }).click();
  await expect(page).toHaveURL(/severity=critical/);
  await expect(page).toHaveURL(/patient=/);
  await expect(page.getByText("No screenings match these filters.")).toBeVisible();

  // The signer is chosen by name and sent by account id; nothing saved here is signed yet.
  await expect(page.getByLabel("Status").getByRole("option", { name: "Amended" })).toHaveCount(1);
  await page.getByLabel("Signed by").selectOption({ label: clinician.name });
  await page.getByRole("button", { name: "Show screenings" }).click();
  await expect(page).toHaveURL(new RegExp(`signer=${clinician.id}`));
  expect(decodeURIComponent(page.url())).not.toContain(clinician.name);
  await expect(page.getByLabel("Signed by")).toHaveValue(clinician.id);
  await expect(page.getByText("No screenings match these filters.")).toBeVisible();

  // An id that names no account is said on the signer's field, not taken for "anyone".
  await page.goto("/screenings?signer=no-such-account");
  await expect(page.getByText("Choose the signer from the list")).toBeVisible();
  await expect(page.getByLabel("Signed by")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Correct the filters above to see screenings.")).toBeVisible();

  // A malformed filter is said on its field, never dropped silently.
  await page.goto("/screenings?from=2026-11-25&to=2026-11-01");
  await expect(page.getByText("The last day is before the first day")).toBeVisible();
  await expect(page.getByLabel("To (day, UTC, included)")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(page);
});

test("the filtered list downloads as CSV: a byte-order mark, the header, and one row per screening", async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  await saveScreeningOf(page, { fullName: "Csv Patient", dateOfBirth: { typed: "", iso: "1975-02-03" }, medicalRecordNumber: `MRN-CSV-${suffix}` });
  await page.goto("/screenings");
  const search = page.getByRole("combobox", { name: "Find a patient" });
  await search.fill(`MRN-CSV-${suffix}`);
  await page.getByRole("listbox", { name: "Patients found" }).getByRole("option").first().click();
  await expect(page).toHaveURL(/\/screenings\?patient=[^&]+$/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download all matching screenings (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^screenings-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFFScreening id,Version,Screened at (UTC),Patient,")).toBe(true);
  const records = text.split("\r\n").filter(Boolean);
  expect(records).toHaveLength(2);
  expect(records[1]).toContain(`,Csv Patient,1975-02-03,MRN-CSV-${suffix},`);
  expect(records[1]).toContain(",awaiting-review,");
});
