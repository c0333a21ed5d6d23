/**
 * Table-driven checks of every rule against the screening specification (issue 2): each rule at each of its
 * severities, and both sides of every threshold. Expected values are written out here, independently of the
 * rule modules' constants, so a changed threshold fails a test.
 */
import { describe, expect, it } from "vitest";

import { assess, ruleCatalogue, type RuleId, type Severity } from "@/lib/rules";
import type { ScreeningInput } from "@/lib/screening/schema";
import { gad7WithTotal, phq9WithTotal } from "@/tests/support/item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";
import { ALWAYS_PRESENT_RULES } from "@/tests/support/always-present-rules";

type Overrides = Parameters<typeof makeScreeningInput>[0];
interface Case {
  ruleId: RuleId;
  when: string;
  input: Overrides;
  expected: Severity | null;
}

const vitals = (systolic: number, diastolic: number, heartRate = 72) => ({ vitals: { systolic, diastolic, heartRate } });
const course = (value: ScreeningInput["plannedTreatment"]["course"]) => ({
  plannedTreatment: { course: value, route: "intravenous" as const },
});
const mental = (fields: Partial<ScreeningInput["mentalHealth"]>) => ({
  mentalHealth: { ...BASELINE_SCREENING.mentalHealth, ...fields },
});

const cases: Case[] = [
  ...ALWAYS_PRESENT_RULES.map((ruleId): Case => ({ ruleId, when: "low-risk baseline", input: {}, expected: "info" })),
  { ruleId: "dissociation", when: "psychosis history", input: mental({ psychosisHistory: true }), expected: "warning" },
  { ruleId: "dissociation", when: "dissociative disorder", input: mental({ dissociativeDisorder: true }), expected: "warning" },
  { ruleId: "nausea-vomiting", when: "nausea-prone", input: { other: { nauseaProne: true } }, expected: "warning" },
  { ruleId: "dizziness", when: "fall risk", input: { other: { fallRisk: true } }, expected: "warning" },
  { ruleId: "anxiety", when: "past anxiety", input: mental({ anxiety: "past" }), expected: "warning" },
  { ruleId: "anxiety", when: "current anxiety", input: mental({ anxiety: "current" }), expected: "warning" },
  { ruleId: "anxiety", when: "GAD-7 9", input: mental({ gad7Items: gad7WithTotal(9) }), expected: "info" },
  { ruleId: "anxiety", when: "GAD-7 10", input: mental({ gad7Items: gad7WithTotal(10) }), expected: "warning" },
  { ruleId: "anxiety", when: "GAD-7 21", input: mental({ gad7Items: gad7WithTotal(21) }), expected: "warning" },
  { ruleId: "anxiety", when: "partial GAD-7 answered 18 so far", input: mental({ gad7Items: [3, 3, 3, 3, 3, 3, null] }), expected: "info" },
  { ruleId: "hallucinations", when: "psychosis history", input: mental({ psychosisHistory: true }), expected: "critical" },
  { ruleId: "hallucinations", when: "dissociative disorder only", input: mental({ dissociativeDisorder: true }), expected: "info" },

  { ruleId: "bp-hr-cardiac-history", when: "no history", input: {}, expected: null },
  { ruleId: "bp-hr-cardiac-history", when: "controlled hypertension", input: { cardiovascular: { hypertension: "controlled" } }, expected: "warning" },
  { ruleId: "bp-hr-cardiac-history", when: "uncontrolled hypertension", input: { cardiovascular: { hypertension: "uncontrolled" } }, expected: "critical" },
  { ruleId: "bp-hr-cardiac-history", when: "controlled hypertension and heart failure", input: { cardiovascular: { hypertension: "controlled", conditions: ["heart-failure"] } }, expected: "critical" },
  ...(["coronary-artery-disease", "prior-myocardial-infarction", "heart-failure", "arrhythmia", "valvular-disease", "aneurysmal-vascular-disease", "arteriovenous-malformation", "intracerebral-hemorrhage", "stroke", "other-heart-condition"] as const).map(
    (condition): Case => ({ ruleId: "bp-hr-cardiac-history", when: condition, input: { cardiovascular: { conditions: [condition] } }, expected: "critical" }),
  ),

  { ruleId: "baseline-bp-elevated", when: "129/79", input: vitals(129, 79), expected: null },
  { ruleId: "baseline-bp-elevated", when: "130/79", input: vitals(130, 79), expected: "warning" },
  { ruleId: "baseline-bp-elevated", when: "139/79", input: vitals(139, 79), expected: "warning" },
  { ruleId: "baseline-bp-elevated", when: "140/79", input: vitals(140, 79), expected: "critical" },
  { ruleId: "baseline-bp-elevated", when: "118/79", input: vitals(118, 79), expected: null },
  { ruleId: "baseline-bp-elevated", when: "118/80", input: vitals(118, 80), expected: "warning" },
  { ruleId: "baseline-bp-elevated", when: "118/89", input: vitals(118, 89), expected: "warning" },
  { ruleId: "baseline-bp-elevated", when: "118/90", input: vitals(118, 90), expected: "critical" },
  { ruleId: "baseline-bp-elevated", when: "139/89", input: vitals(139, 89), expected: "warning" },
  { ruleId: "baseline-bp-elevated", when: "152/94", input: vitals(152, 94), expected: "critical" },

  { ruleId: "baseline-tachycardia", when: "heart rate 100", input: vitals(118, 76, 100), expected: null },
  { ruleId: "baseline-tachycardia", when: "heart rate 101", input: vitals(118, 76, 101), expected: "warning" },
  { ruleId: "baseline-tachycardia", when: "heart rate 250", input: vitals(118, 76, 250), expected: "warning" },

  { ruleId: "arrhythmia", when: "arrhythmia", input: { cardiovascular: { conditions: ["arrhythmia"] } }, expected: "critical" },
  { ruleId: "arrhythmia", when: "heart failure only", input: { cardiovascular: { conditions: ["heart-failure"] } }, expected: null },

  ...(["aneurysmal-vascular-disease", "arteriovenous-malformation", "intracerebral-hemorrhage"] as const).map(
    (condition): Case => ({ ruleId: "vascular-contraindication", when: condition, input: { cardiovascular: { conditions: [condition] } }, expected: "critical" }),
  ),
  { ruleId: "vascular-contraindication", when: "stroke only", input: { cardiovascular: { conditions: ["stroke"] } }, expected: null },

  { ruleId: "bp-raising-medications", when: "psychostimulant", input: { medications: ["psychostimulant"] }, expected: "warning" },
  { ruleId: "bp-raising-medications", when: "MAOI", input: { medications: ["maoi"] }, expected: "warning" },
  { ruleId: "bp-raising-medications", when: "opioid only", input: { medications: ["opioid"] }, expected: null },

  { ruleId: "respiratory-depression", when: "no risk factor", input: { substanceUse: { alcohol: "moderate" } }, expected: null },
  ...(["copd", "asthma", "sleep-apnea", "other-lung-disease"] as const).map(
    (condition): Case => ({ ruleId: "respiratory-depression", when: condition, input: { respiratory: { conditions: [condition] } }, expected: "warning" }),
  ),
  ...(["opioid", "benzodiazepine", "sedative-hypnotic"] as const).map(
    (medicine): Case => ({ ruleId: "respiratory-depression", when: medicine, input: { medications: [medicine] }, expected: "warning" }),
  ),
  { ruleId: "respiratory-depression", when: "heavy alcohol", input: { substanceUse: { alcohol: "heavy" } }, expected: "warning" },
  { ruleId: "respiratory-depression", when: "opioid + benzodiazepine", input: { medications: ["opioid", "benzodiazepine"] }, expected: "critical" },
  { ruleId: "respiratory-depression", when: "COPD + heavy alcohol", input: { respiratory: { conditions: ["copd"] }, substanceUse: { alcohol: "heavy" } }, expected: "critical" },
  { ruleId: "respiratory-depression", when: "COPD + asthma", input: { respiratory: { conditions: ["copd", "asthma"] } }, expected: "critical" },

  { ruleId: "depression-worsening", when: "no depression", input: {}, expected: null },
  { ruleId: "depression-worsening", when: "past depression", input: mental({ depression: "past" }), expected: "warning" },
  { ruleId: "depression-worsening", when: "current depression", input: mental({ depression: "current" }), expected: "warning" },
  { ruleId: "depression-worsening", when: "PHQ-9 9", input: mental({ phq9Items: phq9WithTotal(9) }), expected: null },
  { ruleId: "depression-worsening", when: "PHQ-9 10", input: mental({ phq9Items: phq9WithTotal(10) }), expected: "warning" },
  { ruleId: "depression-worsening", when: "PHQ-9 19", input: mental({ phq9Items: phq9WithTotal(19) }), expected: "warning" },
  { ruleId: "depression-worsening", when: "PHQ-9 20", input: mental({ phq9Items: phq9WithTotal(20) }), expected: "critical" },
  { ruleId: "depression-worsening", when: "partial PHQ-9 answered 24 so far", input: mental({ phq9Items: [3, 3, 3, 3, 3, 3, 3, 3, null] }), expected: null },

  { ruleId: "suicidal-ideation", when: "no PHQ-9", input: {}, expected: "warning" },
  { ruleId: "suicidal-ideation", when: "partial PHQ-9, item 9 = 1", input: mental({ phq9Items: [null, null, null, null, null, null, null, null, 1] }), expected: "critical" },
  { ruleId: "suicidal-ideation", when: "partial PHQ-9, item 9 = 0", input: mental({ phq9Items: [2, 2, null, null, null, null, null, null, 0] }), expected: null },
  { ruleId: "suicidal-ideation", when: "partial PHQ-9, item 9 unanswered", input: mental({ phq9Items: [3, 3, 3, 3, 3, 3, 3, 3, null] }), expected: "warning" },
  { ruleId: "suicidal-ideation", when: "complete PHQ-9, item 9 = 0", input: mental({ phq9Items: phq9WithTotal(0) }), expected: null },
  { ruleId: "suicidal-ideation", when: "item 9 = 0 (total 24)", input: mental({ phq9Items: phq9WithTotal(24, 0) }), expected: null },
  { ruleId: "suicidal-ideation", when: "item 9 = 1 (total 1)", input: mental({ phq9Items: phq9WithTotal(1, 1) }), expected: "critical" },
  { ruleId: "suicidal-ideation", when: "item 9 = 3", input: mental({ phq9Items: phq9WithTotal(3, 3) }), expected: "critical" },

  { ruleId: "addiction-tolerance", when: "no history", input: { substanceUse: { disorder: "none", ketamineUse: "medical", alcohol: "moderate" } }, expected: null },
  { ruleId: "addiction-tolerance", when: "past disorder", input: { substanceUse: { disorder: "past" } }, expected: "warning" },
  { ruleId: "addiction-tolerance", when: "occasional non-medical ketamine", input: { substanceUse: { ketamineUse: "occasional-non-medical" } }, expected: "warning" },
  { ruleId: "addiction-tolerance", when: "heavy alcohol", input: { substanceUse: { alcohol: "heavy" } }, expected: "warning" },
  { ruleId: "addiction-tolerance", when: "current disorder", input: { substanceUse: { disorder: "current" } }, expected: "critical" },
  { ruleId: "addiction-tolerance", when: "regular non-medical ketamine", input: { substanceUse: { ketamineUse: "regular-non-medical" } }, expected: "critical" },

  { ruleId: "urinary-bladder", when: "single session", input: course("single"), expected: null },
  { ruleId: "urinary-bladder", when: "series", input: course("series"), expected: "info" },
  { ruleId: "urinary-bladder", when: "maintenance", input: course("maintenance"), expected: "info" },
  { ruleId: "urinary-bladder", when: "bladder history, single", input: { urinary: { bladderHistory: true } }, expected: "warning" },
  { ruleId: "urinary-bladder", when: "current symptoms, series", input: { ...course("series"), urinary: { currentSymptoms: true } }, expected: "warning" },

  { ruleId: "memory-learning", when: "single session", input: course("single"), expected: null },
  { ruleId: "memory-learning", when: "series", input: course("series"), expected: "info" },
  { ruleId: "memory-learning", when: "maintenance", input: course("maintenance"), expected: "info" },
  { ruleId: "memory-learning", when: "memory concerns, single", input: { cognition: { memoryConcerns: true } }, expected: "warning" },

  { ruleId: "psychiatric-disorders-long-term", when: "single, current depression", input: mental({ depression: "current" }), expected: null },
  { ruleId: "psychiatric-disorders-long-term", when: "series, no history", input: course("series"), expected: "info" },
  { ruleId: "psychiatric-disorders-long-term", when: "maintenance, no history", input: course("maintenance"), expected: "info" },
  { ruleId: "psychiatric-disorders-long-term", when: "series, past depression", input: { ...course("series"), ...mental({ depression: "past" }) }, expected: "warning" },
  { ruleId: "psychiatric-disorders-long-term", when: "maintenance, current anxiety", input: { ...course("maintenance"), ...mental({ anxiety: "current" }) }, expected: "warning" },
  { ruleId: "psychiatric-disorders-long-term", when: "series, psychosis", input: { ...course("series"), ...mental({ psychosisHistory: true }) }, expected: "warning" },

  { ruleId: "pregnancy", when: "not pregnant", input: { pregnancy: "not-pregnant" }, expected: null },
  { ruleId: "pregnancy", when: "not applicable", input: { pregnancy: "not-applicable" }, expected: null },
  { ruleId: "pregnancy", when: "unknown", input: { pregnancy: "unknown" }, expected: "warning" },
  { ruleId: "pregnancy", when: "pregnant", input: { pregnancy: "pregnant" }, expected: "critical" },

  { ruleId: "ketamine-hypersensitivity", when: "none", input: {}, expected: null },
  { ruleId: "ketamine-hypersensitivity", when: "past reaction", input: { substanceUse: { priorKetamineReaction: "Vomited for hours" } }, expected: "warning" },
  { ruleId: "ketamine-hypersensitivity", when: "known hypersensitivity", input: { allergies: { ketamineHypersensitivity: true, other: [] } }, expected: "critical" },
  { ruleId: "ketamine-hypersensitivity", when: "hypersensitivity and past reaction", input: { allergies: { ketamineHypersensitivity: true, other: [] }, substanceUse: { priorKetamineReaction: "Rash" } }, expected: "critical" },
  { ruleId: "ketamine-hypersensitivity", when: "other allergies only", input: { allergies: { ketamineHypersensitivity: false, other: ["Penicillin"] } }, expected: null },
  { ruleId: "raised-intracranial-pressure", when: "no", input: {}, expected: null },
  { ruleId: "raised-intracranial-pressure", when: "yes", input: { conditions: { raisedIntracranialPressure: true } }, expected: "critical" },
  { ruleId: "raised-intraocular-pressure", when: "no", input: {}, expected: null },
  { ruleId: "raised-intraocular-pressure", when: "yes", input: { conditions: { raisedIntraocularPressure: true } }, expected: "critical" },
  { ruleId: "hyperthyroidism", when: "no", input: {}, expected: null },
  { ruleId: "hyperthyroidism", when: "yes", input: { conditions: { hyperthyroidism: true } }, expected: "warning" },
  { ruleId: "liver-disease", when: "no, series", input: course("series"), expected: null },
  { ruleId: "liver-disease", when: "yes, single", input: { conditions: { liverDisease: true } }, expected: "warning" },
  { ruleId: "liver-disease", when: "yes, maintenance", input: { ...course("maintenance"), conditions: { liverDisease: true } }, expected: "warning" },
  { ruleId: "breastfeeding", when: "no", input: { breastfeeding: "no" }, expected: null },
  { ruleId: "breastfeeding", when: "not applicable", input: { breastfeeding: "not-applicable" }, expected: null },
  { ruleId: "breastfeeding", when: "yes", input: { breastfeeding: "yes" }, expected: "warning" },
  { ruleId: "age-under-18", when: "17 on the screening day", input: { patient: { ...BASELINE_SCREENING.patient, dateOfBirth: "2008-11-26" } }, expected: "warning" },
  { ruleId: "age-under-18", when: "18 on the screening day", input: { patient: { ...BASELINE_SCREENING.patient, dateOfBirth: "2008-11-25" } }, expected: null },
];

/** A fixed screening day, so ages are exact. */
const SCREENING_DAY = "2026-11-25";

function flagOf(input: ScreeningInput, ruleId: RuleId, on = SCREENING_DAY) {
  return assess(input, { on }).flags.find((flag) => flag.ruleId === ruleId);
}

describe("each rule at each severity and around each threshold", () => {
  it.each(cases)("$ruleId when $when → $expected", ({ ruleId, input, expected }) => {
    expect(flagOf(makeScreeningInput(input), ruleId)?.severity ?? null).toBe(expected);
  });

  it("covers every severity every rule declares", () => {
    const covered = new Set(cases.filter((c) => c.expected !== null).map((c) => `${c.ruleId}:${c.expected}`));
    const declared = ruleCatalogue.flatMap((rule) => rule.severities.map((severity) => `${rule.id}:${severity}`));
    expect(declared.filter((pair) => !covered.has(pair))).toEqual([]);
  });
});

describe("reasons are the patient's facts in words", () => {
  it.each([
    { ruleId: "baseline-bp-elevated", input: vitals(152, 94), reason: "Blood pressure 152/94 mmHg is at or above 140/90" },
    { ruleId: "baseline-bp-elevated", input: vitals(134, 78), reason: "Blood pressure 134/78 mmHg is in the stage 1 hypertension range (systolic 130–139 or diastolic 80–89)" },
    { ruleId: "baseline-tachycardia", input: vitals(118, 76, 112), reason: "Resting heart rate 112/min is above 100/min" },
    { ruleId: "suicidal-ideation", input: mental({ phq9Items: phq9WithTotal(1, 1) }), reason: "PHQ-9 item 9 (thoughts of self-harm) scored 1" },
    { ruleId: "depression-worsening", input: mental({ phq9Items: phq9WithTotal(21) }), reason: "PHQ-9 total 21 (severe depression) is at or above 20" },
    { ruleId: "anxiety", input: mental({ gad7Items: gad7WithTotal(12) }), reason: "GAD-7 total 12 (moderate anxiety) is at or above 10" },
    { ruleId: "vascular-contraindication", input: { cardiovascular: { conditions: ["arteriovenous-malformation"] } }, reason: "Heart or circulation condition: Arteriovenous malformation" },
    { ruleId: "bp-raising-medications", input: { medications: ["maoi"] }, reason: "Takes a medicine: MAO inhibitor" },
    { ruleId: "addiction-tolerance", input: { substanceUse: { ketamineUse: "regular-non-medical" } }, reason: "Prior ketamine use: regular non-medical use" },
    { ruleId: "pregnancy", input: { pregnancy: "unknown" }, reason: "Pregnancy status unknown" },
    { ruleId: "urinary-bladder", input: { urinary: { bladderHistory: true } }, reason: "History of bladder problems" },
    { ruleId: "urinary-bladder", input: { urinary: { currentSymptoms: true } }, reason: "Current urinary symptoms" },
    { ruleId: "suicidal-ideation", input: {}, reason: "No PHQ-9 recorded: suicide risk not screened: ask about thoughts of self-harm before treatment" },
    { ruleId: "suicidal-ideation", input: mental({ phq9Items: [1, 1, 1, 1, 1, 1, 1, 1, null] }), reason: "PHQ-9 item 9 unanswered: suicide risk not screened: ask about thoughts of self-harm before treatment" },
    { ruleId: "ketamine-hypersensitivity", input: { allergies: { ketamineHypersensitivity: true, other: [] } }, reason: "Known hypersensitivity (allergy) to ketamine or esketamine" },
    { ruleId: "ketamine-hypersensitivity", input: { substanceUse: { priorKetamineReaction: "Vomited for hours" } }, reason: "Past adverse reaction to ketamine: Vomited for hours" },
    { ruleId: "breastfeeding", input: { breastfeeding: "yes" }, reason: "Breastfeeding" },
  ] as { ruleId: RuleId; input: Overrides; reason: string }[])("$ruleId: $reason", ({ ruleId, input, reason }) => {
    expect(flagOf(makeScreeningInput(input), ruleId)?.reasons).toContain(reason);
  });

  it("lists only the facts at the flagged severity, every one of them", () => {
    const flag = flagOf(
      makeScreeningInput({
        cardiovascular: { hypertension: "uncontrolled", conditions: ["stroke", "heart-failure"] },
      }),
      "bp-hr-cardiac-history",
    );
    expect(flag?.reasons).toEqual([
      "High blood pressure, uncontrolled",
      "Heart or circulation condition: Stroke",
      "Heart or circulation condition: Heart failure",
    ]);
  });

  it("names the planned course for the long-term warnings as well as the history", () => {
    const input = makeScreeningInput({ ...course("maintenance"), ...mental({ depression: "past", psychosisHistory: true }) });
    expect(flagOf(input, "psychiatric-disorders-long-term")?.reasons).toEqual([
      "Planned course of repeated treatment: Maintenance",
      "Depression: in the past",
      "History of psychosis",
    ]);
  });
});

describe("age on the day of the screening", () => {
  const born = (dateOfBirth: string) => makeScreeningInput({ patient: { fullName: "Young Patient", dateOfBirth, sexAtBirth: "female" } });

  it.each([
    ["2008-11-26", "2026-11-25", "warning"], // 17, turns 18 tomorrow
    ["2008-11-25", "2026-11-25", null], // 18 today
    ["2008-11-25", "2026-11-24", "warning"], // the same patient, screened the day before
    ["2019-06-01", "2026-11-25", "warning"], // a 7-year-old
    ["1985-06-15", "2026-11-25", null],
  ] as const)("born %s, screened %s → %s", (dateOfBirth, on, expected) => {
    expect(flagOf(born(dateOfBirth), "age-under-18", on)?.severity ?? null).toBe(expected);
  });

  it("names the age and the day in the reason", () => {
    expect(flagOf(born("2008-11-26"), "age-under-18")?.reasons).toEqual(["Aged 17 on the day of the screening (2026-11-25): under 18"]);
  });

  it("counts age on today's date when no day is given", () => {
    const today = new Date();
    const seventeen = `${today.getFullYear() - 17}-01-01`;
    expect(assess(born(seventeen)).flags.some((flag) => flag.ruleId === "age-under-18")).toBe(true);
  });
});

describe("liver disease names a repeated course when one is planned", () => {
  it.each([
    ["single", ["Liver disease"]],
    ["series", ["Liver disease", "Planned course of repeated treatment: Series (induction course)"]],
    ["maintenance", ["Liver disease", "Planned course of repeated treatment: Maintenance"]],
  ] as const)("%s", (value, reasons) => {
    expect(flagOf(makeScreeningInput({ ...course(value), conditions: { liverDisease: true } }), "liver-disease")?.reasons).toEqual(reasons);
  });
});

describe("sources are per level: a flag cites only what stands behind the level it raised", () => {
  const citations = (input: Overrides, ruleId: RuleId) =>
    (flagOf(makeScreeningInput(input), ruleId)?.source ?? []).map((source) => (source.kind === "document" ? source.quote : source.citation));

  it("an info anxiety flag for a low GAD-7 does not cite the GAD-7 cut-point", () => {
    const sources = citations(mental({ gad7Items: gad7WithTotal(4) }), "anxiety");
    expect(sources).toEqual(["Some people may experience anxiety after taking ketamine."]);
  });

  it("a warning anxiety flag for GAD-7 ≥ 10 cites it", () => {
    expect(citations(mental({ gad7Items: gad7WithTotal(10) }), "anxiety").some((c) => c.startsWith("GAD-7 severity bands"))).toBe(true);
  });

  it("stage 1 blood pressure does not cite the esketamine label's 140/90 caution; stage 2 does", () => {
    expect(citations(vitals(134, 78), "baseline-bp-elevated").some((c) => c.includes("SPRAVATO"))).toBe(false);
    expect(citations(vitals(152, 94), "baseline-bp-elevated").some((c) => c.includes("SPRAVATO"))).toBe(true);
  });

  it("a past reaction cites the ketamine label's adverse reactions, not the contraindication", () => {
    const sources = citations({ substanceUse: { priorKetamineReaction: "Rash" } }, "ketamine-hypersensitivity");
    expect(sources.some((c) => c.includes("adverse reactions"))).toBe(true);
    expect(sources.some((c) => c.includes("contraindications"))).toBe(false);
  });

  it("suicide risk not screened cites the suicidality warning; a positive item 9 cites the PHQ-9 guidance only", () => {
    expect(citations({}, "suicidal-ideation").some((c) => c.includes("suicidal thoughts and behaviors"))).toBe(true);
    const positive = citations(mental({ phq9Items: phq9WithTotal(1, 1) }), "suicidal-ideation");
    expect(positive).toEqual([expect.stringMatching(/^PHQ-9 item 9 guidance/)]);
  });
});
