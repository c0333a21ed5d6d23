/**
 * Review and sign-off as a clinician does it (issue 8): a decision on every critical and warning flag (a note
 * where one is required), a counselling point ticked as discussed, the outcome and the password. A wrong
 * password signs nothing; once signed the screening offers no control that changes it.
 */
import type { Locator, Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { latestScreeningStatusOf, type StoredFlagRow } from "./support/database";
import { saveHighRiskScreening } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

function flagCard(page: Page, flag: StoredFlagRow): Locator {
  return page.locator("article").filter({ has: page.locator(`#flag-${flag.ruleId}`) });
}

async function decide(page: Page, flag: StoredFlagRow, decision: string, note?: string): Promise<void> {
  const card = flagCard(page, flag);
  await card.getByRole("radio", { name: decision, exact: true }).check();
  if (note !== undefined) await card.getByRole("textbox", { name: /^Note/ }).fill(note);
  await card.getByRole("button", { name: "Record decision" }).click();
  await expect(card.getByText(`Decision: ${decision}`)).toBeVisible();
}

test("review every flag, refuse a wrong password, sign, and find the screening locked", async ({ page, clinician }) => {
  const fullName = "Review Signoff";
  const flags = await saveHighRiskScreening(page, fullName);
  const critical = flags.filter((flag) => flag.severity === "critical");
  const warnings = flags.filter((flag) => flag.severity === "warning");
  const counselling = flags.filter((flag) => flag.severity === "info");
  expect(critical.length).toBeGreaterThan(0);

  // Sign-off waits for the decisions, naming each flag still undecided.
  const signOff = page.getByRole("region", { name: "Sign-off" });
  await expect(signOff.getByRole("listitem")).toHaveCount(critical.length + warnings.length);
  await expect(signOff.getByRole("button", { name: "Sign screening" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // Proceeding despite a critical flag needs a reason: asked on the note, nothing stored without it.
  const first = critical[0]!;
  const card = flagCard(page, first);
  await card.getByRole("radio", { name: "Proceed", exact: true }).check();
  await expect(card.getByRole("textbox", { name: "Note (required)" })).toBeVisible();
  await card.getByRole("button", { name: "Record decision" }).click();
  await expect(card.getByText("Say why treatment can proceed despite this critical flag")).toBeVisible();
  await expect(card.getByText("No decision recorded yet.")).toBeVisible();

  await decide(page, first, "Proceed", "Cardiology reviewed; repeat BP before dosing");
  await expect(card.getByText("Cardiology reviewed; repeat BP before dosing")).toBeVisible();
  for (const flag of critical.slice(1)) await decide(page, flag, "Refer");
  for (const flag of warnings) await decide(page, flag, "Proceed with precautions");

  // The summary at the top says what was decided on each line.
  const summary = page.getByRole("region", { name: `Decided: ${critical.length} critical, ${warnings.length} warning` });
  await expect(summary.getByText("— proceed", { exact: true })).toBeVisible();
  await expect(summary.getByText("no decision yet")).toHaveCount(0);

  // A counselling point ticked as discussed stays ticked.
  await page.getByText(`Counselling points to go through with the patient (${counselling.length})`).click();
  const tick = page.getByRole("checkbox", { name: `Discussed with the patient: ${counselling[0]!.summary}` });
  await tick.check();
  await expect(page.getByText(`Counselling points to go through with the patient (${counselling.length}) — 1 discussed`)).toBeVisible();
  await expect(tick).toBeChecked();

  // The outcome is the clinician's: none is chosen in advance.
  await expect(signOff.getByRole("radio", { checked: true })).toHaveCount(0);
  await signOff.getByRole("radio", { name: "Cleared with precautions" }).check();
  await signOff.getByLabel("Your password").fill(`${clinician.password}x`);
  await signOff.getByRole("button", { name: "Sign screening" }).click();
  await expect(signOff.getByText("That password is not right. The screening was not signed.")).toBeVisible();
  expect(latestScreeningStatusOf(fullName)).toBe("awaiting-review");
  await expectNoSeriousAxeViolations(page);

  await signOff.getByLabel("Your password").fill(clinician.password);
  await signOff.getByRole("button", { name: "Sign screening" }).click();
  const signature = page.getByRole("region", { name: "Outcome: Cleared with precautions" });
  await expect(signature).toBeVisible();
  await expect(signature).toContainText(`Signed by ${clinician.name} (clinician)`);
  expect(latestScreeningStatusOf(fullName)).toBe("signed");

  // Locked: no decision, tick or sign-off control is left; the record of each remains.
  await page.reload();
  const main = page.getByRole("main");
  await expect(main.getByRole("radio")).toHaveCount(0);
  await expect(main.getByRole("checkbox")).toHaveCount(0);
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expect(main.getByRole("button", { name: /decision|Sign screening/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Sign-off" })).toHaveCount(0);
  await expect(flagCard(page, first).getByText("Decision: Proceed")).toBeVisible();
  await expect(page.getByText(/Discussed with the patient — ticked by/)).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
});
