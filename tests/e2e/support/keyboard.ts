/**
 * Keyboard-only form filling: focus moves only with Tab, values change only with keys, as a clinician without a
 * mouse would do it. Fields must be visited in document order.
 */
import { expect, type Locator, type Page } from "@playwright/test";

const MAX_TABS = 300;

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has focus; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** Tabs into a radio group (Tab stops once per group) and moves with the arrow keys to `option`. */
export async function chooseRadio(page: Page, group: Locator, option: Locator): Promise<void> {
  const radios = group.getByRole("radio");
  const count = await radios.count();
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    const focusedIndex = await radios.evaluateAll((elements) => elements.indexOf(document.activeElement as HTMLInputElement));
    if (focusedIndex >= 0) break;
    await page.keyboard.press("Tab");
  }
  for (let moves = 0; moves <= count; moves += 1) {
    if (await isFocused(option)) {
      await page.keyboard.press("Space");
      await expect(option).toBeChecked();
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`Arrow keys never reached ${option.toString()}`);
}

export async function tickCheckbox(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  await page.keyboard.press("Space");
  await expect(checkbox).toBeChecked();
}
