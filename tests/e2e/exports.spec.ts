/**
 * Exports from the result page (issue 9): the PDF summary (real, extractable text) and the FHIR R4 bundle, each a
 * download named by the screening's id, never by the patient.
 */
import { readFileSync } from "node:fs";

import { collapseSpace, extractPdf } from "../support/pdf-text";
import { saveHighRiskScreening } from "./support/screening-form";
import { expect, test } from "./support/sign-in";

test("download the PDF summary and the FHIR bundle of a screening", async ({ page }) => {
  const flags = await saveHighRiskScreening(page, "Export Summary");
  const id = new URL(page.url()).pathname.split("/").at(-1);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF summary" }).click()]);
  expect(pdf.suggestedFilename()).toBe(`screening-${id}.pdf`);
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const extracted = await extractPdf(new Uint8Array(bytes));
  const text = collapseSpace(extracted.body);
  expect(text).toContain("Export Summary");
  for (const flag of flags.filter((f) => f.severity !== "info")) expect(text).toContain(collapseSpace(flag.summary));
  expect(text).toContain("Not signed");
  expect(collapseSpace(extracted.pages[0]!.bottom)).toContain("This summary supports and does not replace clinical judgement.");

  const [fhir] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download FHIR R4 bundle (JSON)" }).click()]);
  expect(fhir.suggestedFilename()).toBe(`screening-${id}.fhir.json`);
  const bundle = JSON.parse(readFileSync(await fhir.path(), "utf8")) as { resourceType: string; entry: { resource: { resourceType: string; name?: { text?: string; family?: string; given?: string[] }[] } }[] };
  expect(bundle.resourceType).toBe("Bundle");
  const types = bundle.entry.map((entry) => entry.resource.resourceType);
  expect(types).toContain("Patient");
  expect(types.filter((type) => type === "RiskAssessment")).toHaveLength(flags.length);
  expect(JSON.stringify(bundle.entry.find((entry) => entry.resource.resourceType === "Patient"))).toContain("Export");
});

test("a PDF the server cannot prepare just now says why beside the link, and the next try downloads it", async ({ page }) => {
  await saveHighRiskScreening(page, "Busy Export");
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const busy = "Several PDFs are being prepared just now. Try again in a few seconds.";
  // The server's answer when every PDF slot is taken (decision 0025), held back so the wait can be seen.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const pdfUrl = `**/screenings/${id}/pdf`;
  await page.route(pdfUrl, async (route) => {
    await answered;
    await route.fulfill({ status: 503, contentType: "application/json", headers: { "Retry-After": "5" }, body: JSON.stringify({ error: busy }) });
  });

  const link = page.getByRole("link", { name: "Download PDF summary" });
  await link.click();
  await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF summary…" })).toBeVisible();
  answer();
  await expect(page.getByRole("alert").filter({ hasText: busy })).toBeVisible();

  await page.unroute(pdfUrl);
  const [pdf] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(pdf.suggestedFilename()).toBe(`screening-${id}.pdf`);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(page.getByRole("alert").filter({ hasText: busy })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Preparing the PDF summary…" })).toHaveCount(0);
});

test("the result page prints as a summary: counselling points open, no controls, no navigation", async ({ page }) => {
  const flags = await saveHighRiskScreening(page, "Print Summary");
  const counselling = flags.filter((flag) => flag.severity === "info");
  await expect(page.getByText(counselling[0]!.summary)).toBeHidden();

  await page.emulateMedia({ media: "print" });
  for (const flag of counselling) await expect(page.getByText(flag.summary)).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  // Still in the page, out of the printout.
  await expect(page.getByRole("button", { name: "Record decision", includeHidden: true })).toHaveCount(flags.filter((flag) => flag.severity !== "info").length);
  await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Sign-off" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download PDF summary" })).toBeHidden();
  await expect(page.getByText(/never clear a patient for treatment/)).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByText(counselling[0]!.summary)).toBeHidden();
});
