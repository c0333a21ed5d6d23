import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { E2E_PORT } from "./support/environment";
import { tabTo } from "./support/keyboard";
import { patientSearchBox, patientSearchStatus, saveScreeningOf } from "./support/patient-search";
import { expect, test } from "./support/sign-in";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

test("a clinician finds a patient by record number with the keyboard only and lands on the pre-filled form", async ({ page }) => {
  await saveScreeningOf(page, { fullName: "Keyboard Searchable", dateOfBirth: { typed: "", iso: "1979-03-14" }, medicalRecordNumber: "MRN-SEARCH-1" });

  await page.goto("/screenings/new");
  const box = patientSearchBox(page);
  await tabTo(page, box);
  await page.keyboard.type("mrn-search-1");
  const option = page.getByRole("option", { name: "Keyboard Searchable — born 14 Mar 1979 — record MRN-SEARCH-1" });
  await expect(option).toBeVisible();
  await expect(patientSearchStatus(page)).toHaveText(/^1 patient found\./);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "missing id");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/screenings\/new\?patientId=[^&]+$/);
  await expect(page.getByText(/^Filing under/)).toContainText("Keyboard Searchable");
  await expect(page.getByLabel("Full name")).toHaveValue("Keyboard Searchable");
  await expect(page.getByLabel("Medical record number")).toHaveValue("MRN-SEARCH-1");
  await expect(page.getByLabel("Systolic (mmHg)")).toHaveValue("");
  await expectNoSeriousAxeViolations(page);
});

test("the search says when nothing is found, closes with Escape, reports a failure, and keeps a way to a new patient", async ({ page }) => {
  await saveScreeningOf(page, { fullName: "Escapable Searchable", dateOfBirth: { typed: "", iso: "1990-06-30" } });
  await page.goto("/screenings/new");
  const box = patientSearchBox(page);

  await box.fill("no such patient anywhere");
  await expect(patientSearchStatus(page)).toHaveText(/^No patient found/);
  await expect(box).toHaveAttribute("aria-expanded", "false");

  await box.fill("escapable sea");
  await expect(page.getByRole("option", { name: /^Escapable Searchable — born 30 Jun 1990$/ })).toBeVisible();
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("option")).toHaveCount(0);
  await box.press("Escape");
  await expect(box).toHaveValue("");

  await page.route("**/api/patients/search", (route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"x"}' }));
  await box.fill("escapable");
  await expect(patientSearchStatus(page)).toHaveText(/^The search failed/);

  await expect(page.getByRole("link", { name: "New patient" })).toHaveAttribute("href", "/screenings/new");
});

test("the new-screening page carries no patient but the one chosen", async ({ page }) => {
  await saveScreeningOf(page, { fullName: "Chosen Pagecheck", dateOfBirth: { typed: "", iso: "1981-01-01" }, medicalRecordNumber: "MRN-PAGE-1" });
  await saveScreeningOf(page, { fullName: "Other Pagecheck", dateOfBirth: { typed: "", iso: "1982-02-02" }, medicalRecordNumber: "MRN-PAGE-2" });

  const empty = await (await page.request.get("/screenings/new")).text();
  expect(empty).not.toContain("Pagecheck");
  expect(empty).not.toContain("MRN-PAGE-");

  await page.goto("/screenings/new");
  await patientSearchBox(page).fill("MRN-PAGE-1");
  await page.getByRole("option", { name: /^Chosen Pagecheck/ }).click();
  await expect(page).toHaveURL(/patientId=/);
  const chosen = await (await page.request.get(page.url())).text();
  expect(chosen).toContain("Chosen Pagecheck");
  expect(chosen).not.toContain("Other Pagecheck");
  expect(chosen).not.toContain("MRN-PAGE-2");
});

test("the search endpoint takes a JSON body by POST only, checks it, and is never cached", async ({ page }) => {
  const post = (data: unknown, origin = ORIGIN) => page.request.post("/api/patients/search", { data, headers: { Origin: origin } });

  const short = await post({ q: " x " });
  expect(short.status()).toBe(400);
  expect(await short.json()).toEqual({ fieldErrors: { q: ["Type at least 2 characters"] } });
  expect((await post("not json at all")).status()).toBe(400);
  expect((await post({ q: "Smith", extra: true })).status()).toBe(400);

  const ok = await post({ q: "no such patient anywhere" });
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toContain("no-store");
  expect(await ok.json()).toEqual({ patients: [] });

  expect((await post({ q: "Smith" }, "https://evil.example")).status()).toBe(403);
  expect((await page.request.get("/api/patients/search?q=Smith")).status()).toBe(405);
});
