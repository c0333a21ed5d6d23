import { expect, test } from "./support/sign-in";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { fillScreeningByKeyboard, submitByKeyboard } from "./support/screening-form";

test("a clinician fills a high-risk screening with the keyboard alone and sees the critical flags with their sources", async ({
  page,
}) => {
  await page.goto("/screenings/new");
  await fillScreeningByKeyboard(
    page,
    { fullName: "Keyboard Highrisk", dateOfBirth: { typed: "03/14/1971", iso: "1971-03-14" } },
    { systolic: "152", diastolic: "94", heartRate: "88" },
    {
      ticks: [["Heart and circulation conditions", "Arrhythmia"]],
      phq9: [1, 1, 1, 1, 0, 0, 0, 0, 1],
    },
  );
  await expect(page.getByText("Total 5 of 27")).toBeVisible();
  await submitByKeyboard(page);

  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  await expect(page.getByText("Keyboard Highrisk").first()).toBeVisible();
  // The summary at the top counts the four critical flags before any of them is shown in full.
  await expect(page.getByRole("heading", { level: 2, name: /^Needs a decision: 4 critical, \d+ warning$/ })).toBeVisible();
  const critical = page.locator("section", { has: page.getByRole("heading", { name: /^Critical \(\d+\)$/ }) });
  await expect(critical.getByRole("heading", { name: "Critical (4)" })).toBeVisible();

  // Each critical flag carries the patient fact that raised it and its verbatim source.
  await expect(critical.getByText("Blood pressure 152/94 mmHg is at or above 140/90")).toBeVisible();
  await expect(critical.getByText("Ketamine can cause an increase in blood pressure and heart rate.")).toBeVisible();
  await expect(critical.getByText("Heart or circulation condition: Arrhythmia").first()).toBeVisible();
  await expect(critical.getByText("high blood pressure, and heart arrhythmias")).toBeVisible();
  await expect(
    critical.getByText("This can be dangerous for people with heart conditions or high blood pressure."),
  ).toBeVisible();
  await expect(critical.getByText("PHQ-9 item 9 (thoughts of self-harm) scored 1")).toBeVisible();
  await expect(page.getByText(/never clear a patient/)).toBeVisible();

  await expectNoSeriousAxeViolations(page);
});
