/**
 * Faster entry on the new-screening form: "None of these" per section, the section index and its jumps, the
 * warning before unsaved entries are lost, the age beside the date of birth, and entries made before the page's
 * scripts ran.
 */
import type { Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { holdBackScripts, slowDownCpu } from "./support/held-scripts";
import { group, option } from "./support/screening-form";
import { expect, test } from "./support/sign-in";
import { loseServerActions } from "./support/server-actions";

function sectionLink(page: Page, title: string) {
  return page.getByRole("navigation", { name: /^Sections/ }).getByRole("link", { name: new RegExp(`^${title} — `) });
}

test("None of these answers a section's questions with No, leaves given answers alone, and stays changeable", async ({ page }) => {
  await page.goto("/screenings/new");
  const conditions = group(page, "Other conditions");
  await conditions.getByRole("button", { name: "None of these" }).click();
  for (const question of [
    "Raised intracranial pressure, or a recent head injury",
    "Raised intraocular pressure (glaucoma or an eye injury)",
    "Hyperthyroidism (overactive thyroid)",
    "Liver disease",
  ]) {
    await expect(option(page, question, "No")).toBeChecked();
  }
  await expect(conditions.getByRole("button", { name: "All answered" })).toBeDisabled();
  await option(page, "Liver disease", "Yes").check();
  await expect(option(page, "Liver disease", "Yes")).toBeChecked();

  // An answer given first is kept: the control then offers only the rest.
  await option(page, "Depression", "Current").check();
  await group(page, "Mental health").getByRole("button", { name: "No to the rest" }).click();
  await expect(option(page, "Depression", "Current")).toBeChecked();
  await expect(option(page, "Anxiety", "None")).toBeChecked();
  await expect(option(page, "History of psychosis", "No")).toBeChecked();
  await expect(option(page, "Dissociative disorder", "No")).toBeChecked();
  // The questionnaires are never answered for the clinician.
  await expect(group(page, "Mental health").getByRole("radio", { checked: true })).toHaveCount(4);
  await expect(sectionLink(page, "Other conditions")).toHaveAccessibleName("Other conditions — Complete");
});

test("the section index shows each section's state and jumps to the first field with an error", async ({ page }) => {
  await page.goto("/screenings/new");
  await expect(sectionLink(page, "Vital signs")).toHaveAccessibleName("Vital signs — Not complete");
  await expect(sectionLink(page, "Notes")).toHaveAccessibleName("Notes — Complete");

  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(sectionLink(page, "Vital signs")).toHaveAccessibleName("Vital signs — Has errors");
  await expectNoSeriousAxeViolations(page);

  await sectionLink(page, "Vital signs").click();
  await expect(page.getByLabel("Systolic (mmHg)")).toBeFocused();

  await page.getByLabel("Systolic (mmHg)").fill("128");
  await page.getByLabel("Diastolic (mmHg)").fill("82");
  await page.getByLabel("Heart rate (beats/min)").fill("72");
  await page.getByLabel("Weight (kg)").fill("70");
  await expect(sectionLink(page, "Vital signs")).toHaveAccessibleName("Vital signs — Complete");

  // A section without errors: the jump lands on the section itself.
  await sectionLink(page, "Vital signs").click();
  await expect(group(page, "Vital signs")).toBeFocused();
});

test("leaving the form with unsaved entries asks first, and staying keeps the entries", async ({ page }) => {
  await page.goto("/screenings/new");
  // Nothing typed yet: links leave without a question.
  await page.getByRole("link", { name: "Screenings", exact: true }).click();
  await expect(page).toHaveURL(/\/screenings$/);

  // The draft cannot be saved (the server does not answer), so the entries exist only in this page.
  let draftsBlocked = true;
  await loseServerActions(page, () => draftsBlocked);
  await page.goto("/screenings/new");
  await page.getByLabel("Full name").pressSequentially("Unsaved Patient");
  const questions: string[] = [];
  page.once("dialog", async (dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.getByRole("link", { name: "Screenings", exact: true }).click();
  await expect.poll(() => questions).toEqual([
    "confirm: This screening has entries that are not saved. Leave the page and lose them?",
  ]);
  await expect(page).toHaveURL(/\/screenings\/new$/);
  await expect(page.getByLabel("Full name")).toHaveValue("Unsaved Patient");

  // A reload asks through the browser's own prompt.
  const reloadPrompt = new Promise<string>((resolve) => {
    page.once("dialog", async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    });
  });
  void page.reload().catch(() => {});
  expect(await reloadPrompt).toBe("beforeunload");
  await expect(page.getByLabel("Full name")).toHaveValue("Unsaved Patient");

  // Once the draft holds the entries, nothing is lost by leaving, and nothing is asked.
  draftsBlocked = false;
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/^Draft saved/)).toBeVisible();
  page.once("dialog", (dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Screenings", exact: true }).click();
  await expect(page).toHaveURL(/\/screenings$/);
  expect(questions).toHaveLength(1);
});

test("the age is shown beside the date of birth as it is entered", async ({ page }) => {
  await page.goto("/screenings/new");
  const today = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  // A birthday earlier this month (or today), 47 years ago: 47 today.
  const birthday = `${today.getFullYear() - 47}-${pad(today.getMonth() + 1)}-${pad(Math.min(today.getDate(), 28))}`;
  await page.getByLabel("Date of birth").fill(birthday);
  await expect(group(page, "Patient").getByText(/^Age \d+ today$/)).toHaveText("Age 47 today");
});

test("what is typed and chosen while the page's scripts are still loading is kept once the form is ready", async ({ page }) => {
  // Hold back the page's scripts: the form is the server's HTML alone until they are let through.
  const scripts = await holdBackScripts(page);
  await page.goto("/screenings/new", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Full name").fill("Early Typist");
  const today = new Date();
  await page.getByLabel("Date of birth").fill(`${today.getFullYear() - 60}-01-01`);
  await option(page, "Alcohol use", "None").check();
  // A questionnaire item starts as "unanswered", not blank: registering it used to put that back on the page.
  const firstPhq9Item = page.getByRole("group", { name: /^PHQ-9 item 1:/ }).getByRole("radio").nth(2);
  await firstPhq9Item.check();
  // The sections are hydrated after the form itself. On a slow CPU the form was live, and its button enabled,
  // while sections still waited: a click then judged their fields empty and threw their entries away.
  await slowDownCpu(page, 4);
  scripts.release();
  await expect(page.getByRole("button", { name: "Save and assess" })).toBeEnabled();

  // The entries survive the sections' hydration, are the form's answers, and are seen by what watches them.
  await expect(group(page, "Patient").getByText(/^Age \d+ today$/)).toHaveText(/^Age (59|60) today$/);
  await expect(firstPhq9Item).toBeChecked();
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(option(page, "Prior ketamine use", "Never")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Full name")).toHaveValue("Early Typist");
  await expect(page.getByLabel("Full name")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Date of birth")).not.toHaveAttribute("aria-invalid", "true");
  await expect(option(page, "Alcohol use", "None")).toBeChecked();
  await expect(option(page, "Alcohol use", "None")).not.toHaveAttribute("aria-invalid", "true");
  await expect(firstPhq9Item).toBeChecked();
  await expect(firstPhq9Item).not.toHaveAttribute("aria-invalid", "true");
});
