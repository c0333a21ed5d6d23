/**
 * The screening form as the tests see it: by visible labels and group names only, as a clinician does.
 */
import { expect, type Locator, type Page } from "@playwright/test";

import { flagsOfLatestScreeningOf, type StoredFlagRow } from "./database";
import { chooseRadio, tabTo, tickCheckbox, typeInto } from "./keyboard";

export function group(page: Page, name: string): Locator {
  return page.getByRole("group", { name, exact: true });
}

export function option(page: Page, groupName: string, label: string): Locator {
  return group(page, groupName).getByLabel(label, { exact: true });
}

export interface PatientDetails {
  fullName: string;
  /** MM/DD/YYYY as typed into Chromium's en-US date field; ISO for `fill`. */
  dateOfBirth: { typed: string; iso: string };
  medicalRecordNumber?: string;
}

export interface Vitals {
  systolic: string;
  diastolic: string;
  heartRate: string;
  /** Required for the intravenous route the low-risk answers choose; 70 unless given. */
  weightKg?: string;
}

/** Every history question that has no default, answered with the lowest-risk choice, in document order. */
export const LOW_RISK_ANSWERS: readonly (readonly [group: string, option: string])[] = [
  ["Planned course", "Single session"],
  ["Route", "Intravenous"],
  ["Known hypersensitivity (allergy) to ketamine or esketamine", "No"],
  ["Heart and circulation conditions", "None"],
  ["Blood-pressure history", "No high blood pressure"],
  ["Breathing conditions", "None"],
  ["Current medicines", "None"],
  ["Alcohol use", "None"],
  ["Raised intracranial pressure, or a recent head injury", "No"],
  ["Raised intraocular pressure (glaucoma or an eye injury)", "No"],
  ["Hyperthyroidism (overactive thyroid)", "No"],
  ["Liver disease", "No"],
  ["Depression", "None"],
  ["Anxiety", "None"],
  ["History of psychosis", "No"],
  ["Dissociative disorder", "No"],
  ["Substance use disorder", "None"],
  ["Prior ketamine use", "Never"],
  ["History of bladder problems", "No"],
  ["Current urinary symptoms", "No"],
  ["Memory concerns", "No"],
  ["Prone to severe nausea or vomiting", "No"],
  ["At risk of falls", "No"],
  ["Pregnancy", "Not pregnant"],
  ["Breastfeeding", "No"],
];

/** Fills a complete low-risk screening with ordinary pointer-free Playwright actions (not keyboard-only). */
export async function fillLowRiskScreening(page: Page, patient: PatientDetails, vitals: Vitals): Promise<void> {
  await page.getByLabel("Full name").fill(patient.fullName);
  await page.getByLabel("Date of birth").fill(patient.dateOfBirth.iso);
  if (patient.medicalRecordNumber) await page.getByLabel("Medical record number").fill(patient.medicalRecordNumber);
  await option(page, "Sex at birth", "Female").check();
  await fillVitals(page, vitals);
  for (const [groupName, label] of LOW_RISK_ANSWERS) await option(page, groupName, label).check();
}

export async function fillVitals(page: Page, vitals: Vitals): Promise<void> {
  await page.getByLabel("Systolic (mmHg)").fill(vitals.systolic);
  await page.getByLabel("Diastolic (mmHg)").fill(vitals.diastolic);
  await page.getByLabel("Heart rate (beats/min)").fill(vitals.heartRate);
  await page.getByLabel("Weight (kg)").fill(vitals.weightKg ?? "70");
}

/**
 * Fills the whole form with the keyboard alone: Tab to move, typing, Space and arrow keys to choose.
 * `overrides` replaces the low-risk answer of a group; `ticks` are checkboxes to tick, by group and label.
 */
export async function fillScreeningByKeyboard(
  page: Page,
  patient: PatientDetails,
  vitals: Vitals,
  choices: {
    overrides?: Readonly<Record<string, string>>;
    ticks?: readonly (readonly [group: string, option: string])[];
    phq9?: readonly number[];
  } = {},
): Promise<void> {
  await typeInto(page, page.getByLabel("Full name"), patient.fullName);
  await tabTo(page, page.getByLabel("Date of birth"));
  await page.keyboard.type(patient.dateOfBirth.typed.replace(/\D/g, ""));
  await expect(page.getByLabel("Date of birth")).toHaveValue(patient.dateOfBirth.iso);
  await chooseRadio(page, group(page, "Sex at birth"), option(page, "Sex at birth", "Female"));
  await typeInto(page, page.getByLabel("Systolic (mmHg)"), vitals.systolic);
  await typeInto(page, page.getByLabel("Diastolic (mmHg)"), vitals.diastolic);
  await typeInto(page, page.getByLabel("Heart rate (beats/min)"), vitals.heartRate);
  await typeInto(page, page.getByLabel("Weight (kg)"), vitals.weightKg ?? "70");

  // Questions come in document order. A list with ticks is answered Yes, and its boxes ticked right after.
  const ticks = choices.ticks ?? [];
  const answers = LOW_RISK_ANSWERS.map(([groupName, label]) => {
    const ticked = ticks.some(([tickGroup]) => tickGroup === groupName);
    return [groupName, choices.overrides?.[groupName] ?? (ticked ? "Yes" : label)] as const;
  });
  for (const [groupName, label] of answers) {
    if (groupName === "Substance use disorder" && choices.phq9) {
      for (const [index, score] of choices.phq9.entries()) {
        const itemGroup = page.getByRole("group", { name: new RegExp(`^PHQ-9 item ${index + 1}:`) });
        await chooseRadio(page, itemGroup, itemGroup.getByRole("radio").nth(score));
      }
    }
    await chooseRadio(page, group(page, groupName), option(page, groupName, label));
    for (const [tickGroup, tickLabel] of ticks.filter(([tickGroup]) => tickGroup === groupName)) {
      await tickCheckbox(page, option(page, tickGroup, tickLabel));
    }
  }
}

export async function submitByKeyboard(page: Page): Promise<void> {
  await tabTo(page, page.getByRole("button", { name: "Save and assess" }));
  await page.keyboard.press("Enter");
}

/** Saves a screening with a critical blood pressure and two warnings; returns its stored flags. */
export async function saveHighRiskScreening(page: Page, fullName: string): Promise<StoredFlagRow[]> {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(
    page,
    { fullName, dateOfBirth: { typed: "", iso: "1971-03-14" } },
    { systolic: "152", diastolic: "94", heartRate: "88" },
  );
  await option(page, "Prone to severe nausea or vomiting", "Yes").check();
  await option(page, "At risk of falls", "Yes").check();
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  return flagsOfLatestScreeningOf(fullName);
}

