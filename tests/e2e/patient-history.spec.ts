/**
 * The patient page, reached as a clinician reaches it: three screenings of one patient saved through the form,
 * then "Patient history" from the last result. Each chart has one point per screening (and none for a partly
 * answered questionnaire), each point where its value puts it, and a table of the same values; the page passes
 * axe at a desktop and a tablet width without scrolling sideways.
 */
import type { Locator, Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { fillLowRiskScreening, fillVitals, option, type Vitals } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

interface Visit {
  readonly vitals: Vitals;
  /** Item scores; null leaves an item unanswered. */
  readonly phq9: readonly (number | null)[];
  readonly gad7: readonly number[];
}

const VISITS: readonly Visit[] = [
  { vitals: { systolic: "124", diastolic: "78", heartRate: "70" }, phq9: [2, 2, 2, 1, 1, 1, 1, 1, 0], gad7: [2, 2, 1, 1, 1, 1, 0] },
  { vitals: { systolic: "138", diastolic: "88", heartRate: "92" }, phq9: [1, 1, 1, 1, 1, 0, 0, 0, 0], gad7: [1, 1, 1, 0, 0, 0, 0] },
  // The PHQ-9 left incomplete: it has no total, so no point on its line.
  { vitals: { systolic: "116", diastolic: "72", heartRate: "64" }, phq9: [1, 1, 1, null, null, null, null, null, 0], gad7: [0, 0, 0, 0, 0, 0, 0] },
];

async function answer(page: Page, name: "PHQ-9" | "GAD-7", scores: readonly (number | null)[]): Promise<void> {
  for (const [index, score] of scores.entries()) {
    if (score === null) continue;
    await page.getByRole("group", { name: new RegExp(`^${name} item ${index + 1}:`) }).getByRole("radio").nth(score).check();
  }
}

async function saveAndAwaitResult(page: Page, visit: Visit): Promise<void> {
  await answer(page, "PHQ-9", visit.phq9);
  await answer(page, "GAD-7", visit.gad7);
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
}

/** The dots of one line of a chart, by the series' class (recharts draws one circle per plotted value). */
function dots(chart: Locator, series: string): Locator {
  return chart.locator(`circle.recharts-line-dot.${series}`);
}

async function verticalPositions(dotsOfLine: Locator): Promise<number[]> {
  return dotsOfLine.evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute("cy"))));
}

/** Rows of the table that follows a chart, opened from its disclosure. */
async function valueRows(figure: Locator): Promise<Locator> {
  await figure.getByText("Show these values as a table").click();
  const table = figure.getByRole("table");
  await expect(table).toBeVisible();
  return table.locator("tbody tr");
}

test("the patient page charts one point per screening, with the same values in a table", async ({ page }) => {
  test.setTimeout(180_000);
  const [first, second, third] = VISITS as [Visit, Visit, Visit];

  await page.goto("/screenings/new");
  await fillLowRiskScreening(page, { fullName: "History Patient", dateOfBirth: { typed: "", iso: "1970-05-05" }, medicalRecordNumber: "MRN-HISTORY-1" }, first.vitals);
  await saveAndAwaitResult(page, first);

  // Each later screening starts from the result page's link, as a returning patient's does.
  for (const visit of [second, third]) {
    await page.getByRole("link", { name: "New screening for this patient" }).click();
    await expect(page.getByLabel("Full name")).toHaveValue("History Patient");
    await fillVitals(page, visit.vitals);
    await option(page, "Pregnancy", "Not pregnant").check();
    await option(page, "Breastfeeding", "No").check();
    await saveAndAwaitResult(page, visit);
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: "Patient history", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Patient history" })).toBeVisible();
  await expect(page).toHaveTitle(/^Patient history/);
  expect(await page.title()).not.toContain("History Patient");

  const timeline = page.getByRole("table", { name: /Every screening of this patient/ });
  await expect(timeline.locator("tbody tr")).toHaveCount(3);
  await expect(timeline.locator("tbody tr").first()).toContainText("Not signed");

  const vitalsFigure = page.getByRole("figure", { name: "Blood pressure and heart rate at each visit" });
  const vitalsChart = vitalsFigure.getByRole("img", { name: "Blood pressure and heart rate at each visit" });
  await expect(vitalsChart).toBeVisible();
  for (const series of ["series-systolic", "series-diastolic", "series-heartRate"]) {
    await expect(dots(vitalsChart, series)).toHaveCount(3);
  }
  // Higher values sit higher (smaller cy): 138 above 124 above 116.
  const [y124, y138, y116] = await verticalPositions(dots(vitalsChart, "series-systolic"));
  expect(y138).toBeLessThan(y124!);
  expect(y124).toBeLessThan(y116!);

  const scoresFigure = page.getByRole("figure", { name: /PHQ-9 and GAD-7 totals at each visit/ });
  const scoresChart = scoresFigure.getByRole("img", { name: /PHQ-9 and GAD-7 totals at each visit/ });
  await expect(scoresChart).toBeVisible();
  await expect(dots(scoresChart, "series-gad7")).toHaveCount(3);
  await expect(dots(scoresChart, "series-phq9")).toHaveCount(2);
  // Band lines: PHQ-9 at 5, 10, 15, 20 and GAD-7 at 5, 10, 15.
  await expect(scoresChart.locator(".recharts-reference-line")).toHaveCount(7);

  const vitalsRows = await valueRows(vitalsFigure);
  await expect(vitalsRows).toHaveCount(3);
  for (const [index, visit] of VISITS.entries()) {
    await expect(vitalsRows.nth(index).locator("td")).toHaveText([visit.vitals.systolic, visit.vitals.diastolic, visit.vitals.heartRate]);
  }
  const scoreRows = await valueRows(scoresFigure);
  await expect(scoreRows).toHaveCount(3);
  await expect(scoreRows.nth(0).locator("td")).toHaveText(["11", "8"]);
  await expect(scoreRows.nth(1).locator("td")).toHaveText(["5", "3"]);
  await expect(scoreRows.nth(2).locator("td")).toHaveText(["Incomplete: 4 of 9 items, no total", "0"]);

  const changes = page.getByRole("region", { name: "How flags changed" });
  await expect(changes.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(2);

  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(dots(vitalsChart, "series-systolic")).toHaveCount(3);
  // The charts learn their new width from a ResizeObserver, a frame or more after the resize: wait for it
  // (read at once, the page was still 847 px wide in one CI run).
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await expectNoSeriousAxeViolations(page);
});

test("an unknown patient is not found", async ({ page }) => {
  const response = await page.goto("/patients/no-such-patient");
  expect(response?.status()).toBe(404);
});
