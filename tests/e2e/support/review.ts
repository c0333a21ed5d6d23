/**
 * Reviewing and signing through the result page, as a clinician does: a decision on every flag that needs one,
 * then the outcome and the password. For flows that start from a signed screening; the review itself is tested
 * step by step in review-sign-off.spec.ts.
 */
import { expect, type Page } from "@playwright/test";

import type { TestAccount } from "./accounts";

export async function reviewAndSign(page: Page, signer: Pick<TestAccount, "password">, outcome = "Cleared with precautions"): Promise<void> {
  const undecided = page.locator("article").filter({ has: page.getByRole("button", { name: "Record decision" }) });
  // Each recorded decision re-renders its card without the "Record decision" button, so the list shrinks.
  for (let left = await undecided.count(); left > 0; left = await undecided.count()) {
    const card = undecided.first();
    await card.getByRole("radio", { name: "Proceed with precautions" }).check();
    await card.getByRole("textbox", { name: /^Note/ }).fill("Recheck before treatment");
    await card.getByRole("button", { name: "Record decision" }).click();
    await expect(undecided).toHaveCount(left - 1);
  }
  const signOff = page.getByRole("region", { name: "Sign-off" });
  await signOff.getByRole("radio", { name: outcome }).check();
  await signOff.getByLabel("Your password").fill(signer.password);
  await signOff.getByRole("button", { name: "Sign screening" }).click();
  await expect(page.getByRole("region", { name: `Outcome: ${outcome}` })).toBeVisible();
}
