/**
 * A result that reads in seconds (issue 8): the counts needing a decision and one line per such flag at the top,
 * each line moving to its flag's card, and the counselling points collapsed until opened. The expected flags are
 * read from the test database, so the test follows the rules rather than restating them.
 */
import { expectNoSeriousAxeViolations } from "./support/accessibility";
import type { StoredFlagRow } from "./support/database";
import { saveHighRiskScreening } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

const SEVERITY_WORDS = { critical: "Critical", warning: "Warning", info: "Info" } as const;

const decisionFlags = (flags: readonly StoredFlagRow[]) => [
  ...flags.filter((flag) => flag.severity === "critical"),
  ...flags.filter((flag) => flag.severity === "warning"),
];

test("a high-risk result leads with the counts and one line per flag needing a decision", async ({ page }) => {
  const flags = await saveHighRiskScreening(page, "Summary Highrisk");
  const decisions = decisionFlags(flags);
  const critical = flags.filter((flag) => flag.severity === "critical").length;
  const warning = flags.filter((flag) => flag.severity === "warning").length;
  expect(critical).toBeGreaterThan(0);
  expect(warning).toBeGreaterThan(1);

  // Who, how old on the screening day, and the planned course and route, under the page heading.
  await expect(page.getByText(/^Summary Highrisk, born 14 Mar 1971 \(age \d+\)$/)).toBeVisible();
  await expect(page.getByText(/^Planned: Single session, intravenous — screened /)).toBeVisible();

  const summary = page.getByRole("region", { name: `Needs a decision: ${critical} critical, ${warning} warning` });
  await expect(summary).toBeVisible();
  const lines = summary.getByRole("listitem");
  await expect(lines).toHaveCount(decisions.length);
  for (const [index, flag] of decisions.entries()) {
    await expect(lines.nth(index)).toHaveText(`${SEVERITY_WORDS[flag.severity]}${flag.summary} — no decision yet`);
    await expect(lines.nth(index).getByRole("link", { name: flag.summary })).toHaveAttribute("href", `#flag-${flag.ruleId}`);
  }

  // Most important first: the summary, then the flags needing a decision, then the counselling and the
  // sign-off, then the record.
  const sections = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
  expect(sections.slice(0, 5)).toEqual([
    `Needs a decision: ${critical} critical, ${warning} warning`,
    `Flags needing a decision (${decisions.length})`,
    "Counselling",
    "Sign-off",
    "Patient",
  ]);
  await expect(page.getByText(/never clear a patient/)).toBeInViewport();
  await expectNoSeriousAxeViolations(page);
});

test("a summary line moves focus to its flag's card", async ({ page }) => {
  const flags = await saveHighRiskScreening(page, "Summary Follower");
  const last = decisionFlags(flags).at(-1);
  if (!last) throw new Error("expected a flag needing a decision");

  const summary = page.getByRole("region", { name: /^Needs a decision:/ });
  await summary.getByRole("link", { name: last.summary }).click();
  await expect(page).toHaveURL(new RegExp(`#flag-${last.ruleId}$`));
  const cardHeading = page.getByRole("heading", { level: 4, name: `${SEVERITY_WORDS[last.severity]}: ${last.summary}` });
  await expect(cardHeading).toBeFocused();
  await expect(cardHeading).toBeInViewport();

  // By keyboard too: Tab back to the summary's first line and follow it with Enter.
  const first = decisionFlags(flags)[0];
  if (!first) throw new Error("expected a flag needing a decision");
  await summary.getByRole("link", { name: first.summary }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 4, name: `${SEVERITY_WORDS[first.severity]}: ${first.summary}` })).toBeFocused();
});

test("counselling points are collapsed until opened, with their sources, and axe passes both ways", async ({ page }) => {
  const flags = await saveHighRiskScreening(page, "Summary Counselling");
  const counselling = flags.filter((flag) => flag.severity === "info");
  expect(counselling.length).toBeGreaterThan(0);

  const disclosure = page.getByText(`Counselling points to go through with the patient (${counselling.length})`, { exact: true });
  await expect(disclosure).toBeVisible();
  for (const flag of counselling) await expect(page.getByText(flag.summary)).toBeHidden();
  await expectNoSeriousAxeViolations(page);

  // The summary's last line leads to the counselling section.
  await page.getByRole("link", { name: `${counselling.length} counselling points` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Counselling" })).toBeFocused();

  await disclosure.click();
  for (const flag of counselling) await expect(page.getByText(flag.summary)).toBeVisible();
  // Quotes keep their citation when opened.
  const list = page.getByRole("main").locator("details");
  await expect(list.locator("blockquote").first()).toBeVisible();
  await expect(list.getByRole("link", { name: /./ }).first()).toHaveAttribute("href", /^\/source/);
  await expectNoSeriousAxeViolations(page);

  await disclosure.click();
  for (const flag of counselling) await expect(page.getByText(flag.summary)).toBeHidden();
});
