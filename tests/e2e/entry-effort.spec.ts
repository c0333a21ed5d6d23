/**
 * How much it takes to enter a screening with the keyboard alone, counted as a clinician would do it: the
 * number of fields, Tab presses from the top of the page to the submit button, and interactions (a field typed
 * into, a choice made, a button pressed). Printed for the record, and held at the figures measured when the
 * section controls arrived (2026-11-25: 55 fields; 73 Tab presses and 21 interactions for a new patient with
 * nothing to report; 8 interactions for a repeat patient), so a change that slows entry down fails here. Before,
 * with 44 fields: 71 Tab presses and 23 interactions; about 7 for a repeat patient, who had no breastfeeding
 * question then.
 */
import type { Locator, Page } from "@playwright/test";

import { patientSearchBox } from "./support/patient-search";
import { group, option } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

const MAX_TABS = 300;

/** A keyboard that counts what it is asked to do. */
class CountingKeyboard {
  tabs = 0;
  interactions = 0;

  constructor(private readonly page: Page) {}

  async tabTo(target: Locator): Promise<void> {
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press("Tab");
      this.tabs += 1;
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  async type(target: Locator, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.type(text);
    this.interactions += 1;
  }

  /** Tab into the radio group, arrow to the option, Space: one interaction. */
  async choose(groupName: string, label: string): Promise<void> {
    const radios = group(this.page, groupName).getByRole("radio");
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      if ((await radios.evaluateAll((elements) => elements.indexOf(document.activeElement as HTMLInputElement))) >= 0) break;
      await this.page.keyboard.press("Tab");
      this.tabs += 1;
    }
    const target = option(this.page, groupName, label);
    for (let moves = 0; moves < 10 && !(await target.evaluate((element) => element === document.activeElement)); moves += 1) {
      await this.page.keyboard.press("ArrowDown");
    }
    await this.page.keyboard.press("Space");
    await expect(target).toBeChecked();
    this.interactions += 1;
  }

  async press(button: Locator): Promise<void> {
    await this.tabTo(button);
    await this.page.keyboard.press("Enter");
    this.interactions += 1;
  }
}

/** Controls a clinician can answer: text boxes and text areas, and each radio or checkbox group once. */
async function countFields(page: Page): Promise<number> {
  return page.locator("form").evaluate((form) => {
    const controls = Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea"));
    const groups = new Set<string>();
    for (const control of controls) {
      if (control.type === "hidden") continue;
      groups.add(control.type === "radio" || control.type === "checkbox" ? `group:${control.name}` : `field:${control.id}`);
    }
    return groups.size;
  });
}

function noneOfThese(page: Page, sectionName: string): Locator {
  return group(page, sectionName).getByRole("button", { name: "None of these" });
}

async function enterNothingToReport(page: Page, keyboard: CountingKeyboard, recordNumber: string): Promise<void> {
  await keyboard.type(page.getByLabel("Full name"), "Effort Patient");
  await keyboard.type(page.getByLabel("Date of birth"), "03141979");
  await keyboard.type(page.getByLabel("Medical record number"), recordNumber);
  await keyboard.choose("Sex at birth", "Female");
  await keyboard.choose("Planned course", "Single session");
  await keyboard.choose("Route", "Intranasal");
  await keyboard.type(page.getByLabel("Systolic (mmHg)"), "124");
  await keyboard.type(page.getByLabel("Diastolic (mmHg)"), "78");
  await keyboard.type(page.getByLabel("Heart rate (beats/min)"), "70");
  await keyboard.choose("Known hypersensitivity (allergy) to ketamine or esketamine", "No");
  await keyboard.press(noneOfThese(page, "Heart and circulation"));
  await keyboard.press(noneOfThese(page, "Breathing and sedating medicines"));
  await keyboard.press(noneOfThese(page, "Other conditions"));
  await keyboard.press(noneOfThese(page, "Mental health"));
  await keyboard.press(noneOfThese(page, "Substance use"));
  await keyboard.press(noneOfThese(page, "Bladder and urinary"));
  await keyboard.choose("Memory concerns", "No");
  await keyboard.press(noneOfThese(page, "Other"));
  await keyboard.choose("Pregnancy", "Not pregnant");
  await keyboard.choose("Breastfeeding", "No");
}

test("a new patient with nothing to report, and the same patient again, by keyboard alone", async ({ page }) => {
  await page.goto("/screenings/new");
  const fields = await countFields(page);
  const fresh = new CountingKeyboard(page);
  await enterNothingToReport(page, fresh, "MRN-EFFORT-1");
  await fresh.tabTo(page.getByRole("button", { name: "Save and assess" }));
  const tabsToSubmit = fresh.tabs;
  await fresh.press(page.getByRole("button", { name: "Save and assess" }));
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();

  await page.goto("/screenings/new");
  const repeat = new CountingKeyboard(page);
  await repeat.type(patientSearchBox(page), "MRN-EFFORT-1");
  await expect(page.getByRole("option")).toHaveCount(1);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  repeat.interactions += 1;
  await expect(page.getByLabel("Full name")).toHaveValue("Effort Patient");
  await repeat.type(page.getByLabel("Systolic (mmHg)"), "126");
  await repeat.type(page.getByLabel("Diastolic (mmHg)"), "80");
  await repeat.type(page.getByLabel("Heart rate (beats/min)"), "72");
  await repeat.choose("Pregnancy", "Not pregnant");
  await repeat.choose("Breastfeeding", "No");
  await repeat.tabTo(page.getByRole("button", { name: "Save and assess" }));
  const repeatTabs = repeat.tabs;
  await repeat.press(page.getByRole("button", { name: "Save and assess" }));
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();

  console.log(
    `Entry effort: ${fields} fields; new patient with nothing to report: ${tabsToSubmit} Tab presses to the submit button, ` +
      `${fresh.interactions} interactions; repeat patient: ${repeatTabs} Tab presses, ${repeat.interactions} interactions.`,
  );
  expect(tabsToSubmit).toBeLessThanOrEqual(73);
  expect(fresh.interactions).toBeLessThanOrEqual(21);
  expect(repeat.interactions).toBeLessThanOrEqual(8);
});
