/**
 * Drafts of the screening form: saved on the server while the clinician types, back after a reload, listed as
 * "Draft", gone once the screening is saved, never readable by another clinician, and nothing of the patient
 * left in the browser's storage after sign-out.
 */
import type { Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { draftFormStateText } from "./support/database";
import { fillVitals, LOW_RISK_ANSWERS, option } from "./support/screening-form";
import { expect, signInAsNewAccount, signOut, test } from "./support/sign-in";
import { isDraftSave, loseServerActions } from "./support/server-actions";

const PATIENT = "Quillon Draftwright";

function draftStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /Draft/ });
}

function draftIdOf(page: Page): string {
  const id = new URL(page.url()).searchParams.get("draft");
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

/** Every value in localStorage, sessionStorage, IndexedDB and the page's cookies, as one text. */
async function browserStorageText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const storageText = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? "")}`).join("\n");
    const request = <T,>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const idb: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await request(db.transaction(store, "readonly").objectStore(store).getAll());
        idb.push(`${info.name}/${store}: ${JSON.stringify(values)}`);
      }
      db.close();
    }
    return [storageText(localStorage), storageText(sessionStorage), idb.join("\n"), document.cookie].join("\n");
  });
}

test("a draft survives a reload, is listed, and is gone once the screening is saved; nothing stays in the browser", async ({ page, browser }) => {
  await page.goto("/screenings/new");
  await page.getByLabel("Full name").fill(PATIENT);
  await page.getByLabel("Date of birth").fill("1980-04-12");
  await option(page, "Sex at birth", "Female").check();
  await page.getByLabel("Systolic (mmHg)").fill("131");

  await expect(draftStatus(page)).toHaveText(/^Draft saved \d\d:\d\d$/);
  await expect(page).toHaveURL(/\/screenings\/new\?draft=[^&]+$/);
  const draftUrl = page.url();
  expect(decodeURIComponent(draftUrl)).not.toContain("Quillon");
  // The autosave after the last change has reached the server.
  await expect.poll(() => draftFormStateText(draftIdOf(page)) ?? "").toContain('"systolic":131');
  expect(await browserStorageText(page)).not.toContain("Quillon");

  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue(PATIENT);
  await expect(page.getByLabel("Date of birth")).toHaveValue("1980-04-12");
  await expect(option(page, "Sex at birth", "Female")).toBeChecked();
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("131");
  await expect(draftStatus(page)).toHaveText(/^Draft saved \d\d:\d\d$/);
  await expect(page).toHaveTitle(/New screening/);
  expect(await page.title()).not.toContain("Quillon");
  await expectNoSeriousAxeViolations(page);

  // Another clinician gets the same answer as for a draft that does not exist, and an empty form.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAsNewAccount(other);
  await other.goto(draftUrl);
  await expect(other.getByText("That draft could not be found")).toBeVisible();
  await expect(other.getByLabel("Full name")).toHaveValue("");
  await other.goto("/screenings");
  await expect(other.getByText(PATIENT)).toHaveCount(0);
  await otherContext.close();

  await page.goto("/screenings");
  const draftRow = page.getByRole("region", { name: "Drafts" }).getByRole("row", { name: new RegExp(PATIENT) });
  await expect(draftRow).toContainText("Draft");
  await draftRow.getByRole("link", { name: PATIENT }).click();
  await expect(page.getByLabel("Full name")).toHaveValue(PATIENT);

  await fillVitals(page, { systolic: "131", diastolic: "82", heartRate: "72" });
  for (const [groupName, label] of LOW_RISK_ANSWERS) await option(page, groupName, label).check();
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();

  await page.goto("/screenings");
  await expect(page.getByRole("region", { name: "Drafts" })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(PATIENT) })).toHaveCount(1);
  expect(draftFormStateText(new URL(draftUrl).searchParams.get("draft") ?? "")).toBeUndefined();

  await signOut(page);
  expect(await browserStorageText(page)).not.toContain("Quillon");
});

test("a draft saved with the button can be discarded after confirming", async ({ page }) => {
  await page.goto("/screenings/new");
  await page.getByLabel("Full name").fill("Discarda Patient");
  await option(page, "Sex at birth", "Male").check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(draftStatus(page)).toHaveText(/^Draft saved \d\d:\d\d$/);
  const draftId = draftIdOf(page);

  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByRole("group", { name: "Discard this draft? Its entries will be deleted." })).toBeVisible();
  await page.getByRole("button", { name: "Yes, discard" }).click();
  await expect(draftStatus(page)).toHaveText("Draft discarded.");
  await expect(page.getByLabel("Full name")).toHaveValue("");
  await expect(option(page, "Sex at birth", "Male")).not.toBeChecked();
  await expect(page).toHaveURL(/\/screenings\/new$/);
  expect(draftFormStateText(draftId)).toBeUndefined();

  await page.goto("/screenings");
  await expect(page.getByRole("region", { name: "Drafts" })).toHaveCount(0);
});

test("an admin sees every clinician's draft listed and can read one without taking it over", async ({ page, browser, clinician }) => {
  await page.goto("/screenings/new");
  await page.getByLabel("Full name").fill("Adminread Patient");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(draftStatus(page)).toHaveText(/^Draft saved \d\d:\d\d$/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsNewAccount(admin, { role: "admin" });
  await admin.goto("/screenings");
  const row = admin.getByRole("region", { name: "Drafts" }).getByRole("row", { name: /Adminread Patient/ });
  await expect(row).toContainText(clinician.name);
  await expect(row).toContainText("Draft");
  await row.getByRole("link", { name: "Adminread Patient" }).click();
  await expect(admin.getByText("This is another clinician's draft")).toBeVisible();
  await expect(admin.getByLabel("Full name")).toHaveValue("Adminread Patient");
  await expect(admin.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(admin);
  await adminContext.close();
});

test("a draft save that fails is reported quietly and retried", async ({ page }) => {
  await page.goto("/screenings/new");
  let lost = 0;
  await loseServerActions(page, (body) => {
    if (!isDraftSave(body) || lost > 0) return false;
    lost += 1;
    return true;
  });
  await page.getByLabel("Full name").fill("Retried Draftee");

  await expect(draftStatus(page)).toHaveText("Draft not saved — will retry");
  expect(lost).toBe(1);
  // Nothing blocks the form meanwhile, and the retry saves without another keystroke.
  await expect(page.getByLabel("Full name")).toBeEditable();
  await expect(draftStatus(page)).toHaveText(/^Draft saved \d\d:\d\d$/, { timeout: 20_000 });
  await expect.poll(() => draftFormStateText(draftIdOf(page)) ?? "").toContain("Retried Draftee");
});
