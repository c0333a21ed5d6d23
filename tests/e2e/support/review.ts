/**
 * Reviewing and signing through the result page, as a clinician does: a decision on every flag that needs one,
 * then the outcome and the password. For flows that start from a signed screening; the review itself is tested
 * step by step in review-sign-off.spec.ts.
 */
import { expect, type Page } from "@playwright/test";

import type { TestAccount } from "./accounts";

export async function reviewAndSign(page: Page, signer: Pick<TestAccount, "password">, outcome = "Cleared with precautions"): Promise<void> {
  // Each card by its flag's anchor: a card's own button reads "Record decision" again between its save and the
  // page's refresh, so "the first undecided card" is no stable handle.
  const anchors = await page.locator("article").filter({ has: page.getByRole("button", { name: "Record decision" }) }).locator("h4[id^='flag-']").evaluateAll((headings) => headings.map((heading) => heading.id));
  for (const anchor of anchors) {
    const card = page.locator("article").filter({ has: page.locator(`#${anchor}`) });
    await card.getByRole("radio", { name: "Proceed with precautions" }).check();
    await card.getByRole("textbox", { name: /^Note/ }).fill("Recheck before treatment");
    await card.getByRole("button", { name: "Record decision" }).click();
    await expect(card.getByText("Decision: Proceed with precautions")).toBeVisible();
  }
  const signOff = page.getByRole("region", { name: "Sign-off" });
  await signOff.getByRole("radio", { name: outcome }).check();
  await signOff.getByLabel("Your password").fill(signer.password);
  await signOff.getByRole("button", { name: "Sign screening" }).click();
  await expect(page.getByRole("region", { name: `Outcome: ${outcome}` })).toBeVisible();
}
