/**
 * Amendment (issue 8): a signed screening offers no edit but "Amend this screening"; amending it makes version 2
 * with a reason, showing what changed from version 1, and version 1 stays readable, marked as replaced.
 */
import type { Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { fillLowRiskScreening } from "./support/screening-form";
import { reviewAndSign } from "./support/review";
import { expect, test } from "./support/sign-in";

const REASON = "Blood pressure was read from the wrong patient's chart";

function screeningIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split("/").at(-1);
  if (!id) throw new Error(`no screening id in ${page.url()}`);
  return id;
}

/** Nothing on the page changes the screening: no form field, and no link but amending that leads to a change. */
async function expectNoEditControls(page: Page): Promise<void> {
  const main = page.getByRole("main");
  await expect(main.locator("form")).toHaveCount(0);
  for (const role of ["textbox", "checkbox", "radio", "combobox", "spinbutton"] as const) await expect(main.getByRole(role)).toHaveCount(0);
  await expect(main.getByRole("button", { name: /edit|amend|sign|decid|save/i })).toHaveCount(0);
  await expect(main.getByRole("link", { name: /edit|amend/i })).toHaveText(["Amend this screening"]);
}

test("amend a signed screening and see both versions and the difference", async ({ page, clinician }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Amend Versions", dateOfBirth: { typed: "", iso: "1979-05-02" } },
    { systolic: "152", diastolic: "94", heartRate: "88" },
  );
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  const firstId = screeningIdOf(page);
  // Awaiting review: it is reviewed, not amended.
  await expect(page.getByRole("link", { name: "Amend this screening" })).toHaveCount(0);

  await reviewAndSign(page, clinician);
  await page.reload();
  await expect(page.getByText("Signed", { exact: true })).toBeVisible();
  await expectNoEditControls(page);

  await page.getByRole("link", { name: "Amend this screening" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Amend screening: version 2" })).toBeVisible();
  // Every answer of version 1 is there, the day's measurements too.
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("152");
  await expect(page.getByLabel("Full name")).toHaveValue("Amend Versions");
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Systolic (mmHg)").fill("128");
  await page.getByLabel("Diastolic (mmHg)").fill("82");
  const save = page.getByRole("button", { name: "Save and assess" });
  await expect(save).toBeEnabled();
  await save.click();
  // A reason is required.
  await expect(page.getByRole("link", { name: "Reason for amendment: The reason for amendment is required" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/screenings/${firstId}/amend`);

  await page.getByLabel("Reason for amendment").fill(REASON);
  await save.click();
  await expect(page.getByRole("heading", { level: 2, name: "Version 2 of this screening" })).toBeVisible();
  const secondId = screeningIdOf(page);
  expect(secondId).not.toBe(firstId);
  await expect(page.getByText(REASON)).toBeVisible();
  await expect(page.getByText("Awaiting review", { exact: true })).toBeVisible();
  // Not signed: nothing to amend yet.
  await expect(page.getByRole("link", { name: "Amend this screening" })).toHaveCount(0);

  const changes = page.getByRole("region", { name: "What changed from version 1" });
  const answers = changes.getByRole("table", { name: /^Answers/ });
  await expect(answers.getByRole("row", { name: /Systolic \(mmHg\)/ }).getByRole("cell")).toHaveText(["152", "128"]);
  await expect(answers.getByRole("row", { name: /Diastolic \(mmHg\)/ }).getByRole("cell")).toHaveText(["94", "82"]);
  await expect(answers.getByRole("row")).toHaveCount(3);
  // Today's rules on the new answers: the blood-pressure flag drops from critical to warning.
  await expect(changes.getByRole("listitem").filter({ hasText: /^Severity changed from critical to warning: Blood pressure/ })).toHaveCount(1);
  // Version 1's decisions are not carried over: every one of them is "No decision" in version 2.
  const decisions = changes.getByRole("table", { name: "Decisions" }).getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(decisions.first()).toBeVisible();
  for (const row of await decisions.all()) {
    await expect(row.getByRole("cell")).toHaveText(["Proceed with precautions: Recheck before treatment", "No decision"]);
  }
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("region", { name: "Version 2 of this screening" }).getByRole("link", { name: "version 1" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "This version was replaced by version 2" })).toBeVisible();
  expect(screeningIdOf(page)).toBe(firstId);
  await expect(page.getByRole("link", { name: "Open version 2" })).toHaveAttribute("href", `/screenings/${secondId}`);
  await expect(page.getByText("Amended (replaced by a later version)")).toBeVisible();
  // Readable as it was: its own measurements, and no way to change it.
  await expect(page.getByText("152/94", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Amend this screening" })).toHaveCount(0);
  await expect(page.getByRole("main").locator("form")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // Amending the replaced version is refused with a way to the latest.
  await page.goto(`/screenings/${firstId}/amend`);
  await expect(page.getByRole("heading", { level: 1, name: "This screening cannot be amended" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open version 2" })).toHaveAttribute("href", `/screenings/${secondId}`);
});
