/**
 * Rules versions (issue 8): a screening keeps the flags it was assessed with. When the rules have changed since,
 * its page says so and shows what today's rules would flag differently, without changing the record; a new
 * screening is assessed with today's rules and has no such notice. The stored screening is written straight into
 * the database as the 2026-11-25 release recorded it (its form had no allergies, other medicines, other
 * conditions or breastfeeding), with a flag set that differs from today's in each of the three ways.
 */
import { assess, ruleCatalogue, RULES_VERSION, type Flag, type RuleId, type Severity } from "@/lib/rules";
import { RULES_VERSION_HISTORY } from "@/lib/rules/rules-version";
import { QUESTIONS } from "@/lib/screening/questions";
import type { ScreeningInput } from "@/lib/screening/schema";

import { expectNoSeriousAxeViolations } from "./support/accessibility";
import { fillLowRiskScreening } from "./support/screening-form";
import { expect, test } from "./support/sign-in";
import { insertStoredScreening, storedAssessmentOf, type SeededFlag } from "./support/stored-screening-rows";

const EARLIER_VERSION = Object.keys(RULES_VERSION_HISTORY)[0] ?? "";
const SCREENED_AT = new Date("2026-11-25T10:00:00Z");
const SEVERITY_WORDS = { critical: "Critical", warning: "Warning", info: "Info" } as const;

/** Recorded under the 2026-11-25 schema: a raised blood pressure and an unknown pregnancy status. */
const RECORDED_INPUT = {
  patient: { fullName: "Rules Earlier", dateOfBirth: "1972-05-09", sexAtBirth: "female" },
  plannedTreatment: { course: "single", route: "intravenous" },
  vitals: { systolic: 150, diastolic: 95, heartRate: 80 },
  cardiovascular: { conditions: [], hypertension: "none" },
  respiratory: { conditions: [] },
  medications: [],
  mentalHealth: { depression: "none", anxiety: "none", psychosisHistory: false, dissociativeDisorder: false },
  substanceUse: { disorder: "none", ketamineUse: "never", alcohol: "none" },
  urinary: { bladderHistory: false, currentSymptoms: false },
  cognition: { memoryConcerns: false },
  other: { nauseaProne: false, fallRisk: false },
  pregnancy: "unknown",
} as const;

const rule = (id: RuleId) => {
  const found = ruleCatalogue.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

/**
 * Today's flags on the recorded facts. Only for building the stored set: the unasked answers are given as "no"
 * here, which raises nothing for this patient, and the page leaves the rules reading them uncompared anyway.
 */
function todaysFlags(): readonly Flag[] {
  const asked: ScreeningInput = {
    ...(structuredClone(RECORDED_INPUT) as unknown as ScreeningInput),
    allergies: { ketamineHypersensitivity: false, other: [] },
    otherMedicines: [],
    conditions: { raisedIntracranialPressure: false, raisedIntraocularPressure: false, hyperthyroidism: false, liverDisease: false },
    breastfeeding: "no",
  };
  return assess(asked, { on: "2026-11-25" }).flags;
}

const storedAt = (id: RuleId, severity: Severity, summary: string): SeededFlag => ({
  ruleId: id,
  severity,
  summary,
  reasons: ["Recorded by the earlier release"],
  source: rule(id).levels[severity]?.sources ?? [],
});

/**
 * Today's flags, but: without the blood-pressure flag (today's rules add it), with a bladder flag this patient
 * no longer gets (today's rules would not raise it), and with the unknown pregnancy status at critical (today's
 * rules raise it as a warning).
 */
function earlierFlags(): SeededFlag[] {
  const today = todaysFlags();
  expect(today.find((flag) => flag.ruleId === "baseline-bp-elevated")?.severity).toBe("critical");
  expect(today.find((flag) => flag.ruleId === "pregnancy")?.severity).toBe("warning");
  expect(today.some((flag) => flag.ruleId === "urinary-bladder")).toBe(false);
  const kept = today
    .filter((flag) => flag.ruleId !== "baseline-bp-elevated")
    .map((flag): SeededFlag =>
      flag.ruleId === "pregnancy" ? storedAt("pregnancy", "critical", "Pregnancy status unknown (earlier wording).") : flag,
    );
  const bladder = storedAt("urinary-bladder", "warning", "Bladder problems reported (earlier wording).");
  const order = { critical: 0, warning: 1, info: 2 };
  return [...kept, bladder].sort((a, b) => order[a.severity] - order[b.severity]);
}

test("a screening assessed with earlier rules keeps its flags and shows what today's rules would flag differently", async ({
  page,
  clinician,
}) => {
  expect(EARLIER_VERSION).not.toBe(RULES_VERSION);
  const flags = earlierFlags();
  const id = insertStoredScreening({ input: RECORDED_INPUT, rulesVersion: EARLIER_VERSION, flags, createdById: clinician.id, createdAt: SCREENED_AT });
  const before = storedAssessmentOf(id);

  await page.goto(`/screenings/${id}`);
  const notice = page.getByRole("region", { name: "The rules have changed since this screening" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Assessed with rules version ${EARLIER_VERSION}; today’s rules are version ${RULES_VERSION}.`);
  await expect(notice).toContainText("the record is unchanged. A new screening or an amendment uses today’s rules.");
  await expect(notice).toContainText("On the rules that could be compared, today’s rules would flag this screening differently:");

  const bp = rule("baseline-bp-elevated");
  const added = notice.getByRole("region", { name: "Flags today’s rules would add (1)" }).getByRole("listitem");
  await expect(added).toHaveCount(1);
  await expect(added).toHaveText(`Critical${bp.title}: ${bp.levels.critical?.summary}`);

  const removed = notice.getByRole("region", { name: "Stored flags today’s rules would not raise (1)" }).getByRole("listitem");
  await expect(removed).toHaveCount(1);
  await expect(removed).toHaveText(`Warning${rule("urinary-bladder").title}: Bladder problems reported (earlier wording).`);

  const changed = notice.getByRole("region", { name: "Flags today’s rules would raise at another severity (1)" }).getByRole("listitem");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText(`${rule("pregnancy").title}: stored as Critical, today’s rules raise it as Warning.`);
  await expect(changed).toContainText(rule("pregnancy").levels.warning?.summary ?? "");

  // Questions the 2026-11-25 form never asked: their rules are named, not judged on an invented "no".
  const notCompared = notice.getByRole("region", { name: /^Not compared: rules that read questions this screening did not ask/ });
  await expect(notCompared.getByRole("listitem").filter({ hasText: `${rule("breastfeeding").title}: needs “Breastfeeding”, not asked then.` })).toHaveCount(1);
  await expect(notCompared.getByRole("listitem").filter({ hasText: `${rule("hyperthyroidism").title}: needs “${QUESTIONS.hyperthyroidism}”, not asked then.` })).toContainText(
    "No flag was stored for it.",
  );

  // The page still shows the stored flags, as stored: the decision summary lists them in stored order.
  const decisions = flags.filter((flag) => flag.severity !== "info");
  const summary = page.getByRole("region", { name: /^Needs a decision:/ });
  await expect(summary.getByRole("listitem")).toHaveText(decisions.map((flag) => `${SEVERITY_WORDS[flag.severity]}${flag.summary} — no decision yet`));
  await expect(page.locator(`#flag-baseline-bp-elevated`)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 4, name: "Critical: Pregnancy status unknown (earlier wording)." })).toBeVisible();

  await expectNoSeriousAxeViolations(page);
  expect(storedAssessmentOf(id)).toEqual(before);
  expect(before).toEqual({ rulesVersion: EARLIER_VERSION, flags: flags.map(({ ruleId, severity, summary }) => ({ ruleId, severity, summary })) });
});

test("the notice fits a 768 px wide window without sideways scrolling", async ({ page, clinician }) => {
  const id = insertStoredScreening({
    input: RECORDED_INPUT,
    rulesVersion: EARLIER_VERSION,
    flags: earlierFlags(),
    createdById: clinician.id,
    createdAt: SCREENED_AT,
  });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/screenings/${id}`);
  await expect(page.getByRole("region", { name: "The rules have changed since this screening" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a new screening is assessed with today's rules and has no rules-change notice", async ({ page }) => {
  await page.goto("/screenings/new");
  await fillLowRiskScreening(page, { fullName: "Rules Today", dateOfBirth: { typed: "", iso: "1980-02-03" } }, { systolic: "118", diastolic: "76", heartRate: "70" });
  await page.getByRole("button", { name: "Save and assess" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Needs a decision:|^No critical or warning flags$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "The rules have changed since this screening" })).toHaveCount(0);
  await expect(page.getByText(`Assessed with rules version ${RULES_VERSION}.`)).toBeVisible();
});
