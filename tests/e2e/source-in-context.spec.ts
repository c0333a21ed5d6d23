/**
 * Issue 8, "source in context": a quote on a flag links to its sentence on /source, which the page highlights
 * (CSS `:target`, no script) and scrolls into view; /source shows the document's list headings as headings.
 */
import { SOURCE_LIST_HEADINGS } from "@/tests/support/source-list-headings";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { fillLowRiskScreening } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

// The sentence behind the raised-blood-pressure flag, which 152/94 mmHg raises at critical.
const QUOTE = "Ketamine can cause an increase in blood pressure and heart rate.";

test("follow a quote to the highlighted sentence", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName: "Quote Follower", dateOfBirth: { typed: "", iso: "1975-05-05" } },
    { systolic: "152", diastolic: "94", heartRate: "70" },
  );
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();

  // Short visible text; the accessible name says which sentence. The quote itself is still shown on the flag.
  const critical = page.locator("section", { has: page.getByRole("heading", { name: /^Critical \(\d+\)$/ }) });
  await expect(critical.getByText(QUOTE).first()).toBeVisible();
  const link = critical.getByRole("link", { name: `Read in the source document: “${QUOTE}”`, exact: true }).first();
  await expect(link).toHaveText("Read in the source document");
  await link.click();

  await expect(page).toHaveURL(/\/source#q-ketamine-can-cause-an-increase-[0-9a-f]{8}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Source document" })).toBeVisible();

  // The sentence is the page's :target (once the streamed page has been parsed far enough to hold it),
  // highlighted unlike the other quoted sentences, and in view.
  const currentTarget = () =>
    page.evaluate(() => {
      const element = document.querySelector(":target");
      return element && { id: element.id, tag: element.tagName, text: element.textContent, hash: location.hash };
    });
  await expect.poll(currentTarget).toMatchObject({ id: expect.stringMatching(/^q-/), tag: "MARK", text: QUOTE });
  const target = await currentTarget();
  expect(target?.hash).toBe(`#${target?.id}`);
  const sentence = page.locator(`#${target?.id}`);
  await expect(sentence).toBeInViewport();
  const style = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, outline: computed.outlineStyle };
    });
  const highlighted = await style(`#${target?.id}`);
  const otherQuote = await style(`mark:not(#${target?.id})`);
  expect(highlighted.outline).toBe("solid");
  expect(otherQuote.outline).toBe("none");
  expect(highlighted.background).not.toBe(otherQuote.background);

  // The sentence is followed by which rules quote it.
  await expect(sentence.locator("xpath=..")).toContainText(/Quoted by: .*Raised blood pressure before treatment \(critical/);

  // The list's headings are headings, not run into their sentences.
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([...SOURCE_LIST_HEADINGS]);
  // The helpline advert stays out of the document (the page's introduction says so, hence the article only).
  await expect(page.getByRole("article")).not.toContainText(/helpline|1-888/);

  await expectNoSeriousAxeViolations(page);
});
