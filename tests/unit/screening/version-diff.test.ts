/**
 * What changed between two versions of a screening (issue 8, amendment): examples per kind of answer, flags and
 * decisions, then properties over arbitrary screenings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { assess } from "@/lib/rules";
import type { RecordedScreeningInput } from "@/lib/screening/recorded-input";
import type { ScreeningInput } from "@/lib/screening/schema";
import {
  answersOf,
  diffDecisions,
  diffInputs,
  diffVersions,
  isEmptyVersionDiff,
  NOT_ASKED,
  NOT_RECORDED,
  type VersionFlag,
} from "@/lib/screening/version-diff";
import { screeningInputArbitrary } from "@/tests/support/screening-arbitrary";
import { makeScreeningInput } from "@/tests/support/screening-factory";

const base = makeScreeningInput();

describe("diffInputs", () => {
  it.each<[string, Parameters<typeof makeScreeningInput>[0], { path: string; label: string; before: string; after: string }[]]>([
    ["a measurement", { vitals: { ...base.vitals, systolic: 168 } }, [{ path: "vitals.systolic", label: "Systolic (mmHg)", before: "118", after: "168" }]],
    [
      "a measurement added",
      { vitals: { ...base.vitals, oxygenSaturation: 97 } },
      [{ path: "vitals.oxygenSaturation", label: "Oxygen saturation (%)", before: NOT_RECORDED, after: "97" }],
    ],
    [
      "a yes/no answer, by the question's own words",
      { urinary: { bladderHistory: true } },
      [{ path: "urinary.bladderHistory", label: "History of bladder problems", before: "No", after: "Yes" }],
    ],
    [
      "a choice, by its label",
      { plannedTreatment: { route: "intranasal" } },
      [{ path: "plannedTreatment.route", label: "Route", before: "Intravenous", after: "Intranasal" }],
    ],
    [
      "a list of choices, by their labels",
      { cardiovascular: { conditions: ["arrhythmia", "heart-failure"] } },
      [{ path: "cardiovascular.conditions", label: "Heart and circulation conditions", before: "None", after: "Arrhythmia, Heart failure" }],
    ],
    [
      "free text",
      { notes: "Slept badly" },
      [{ path: "notes", label: "Notes", before: NOT_RECORDED, after: "Slept badly" }],
    ],
    [
      "two answers, in the form's order",
      { pregnancy: "unknown", patient: { fullName: "Test Patient Renamed" } },
      [
        { path: "patient.fullName", label: "Full name", before: "Test Patient", after: "Test Patient Renamed" },
        { path: "pregnancy", label: "Pregnancy", before: "Not pregnant", after: "Unknown" },
      ],
    ],
  ])("names %s", (_, overrides, expected) => {
    expect(diffInputs(base, makeScreeningInput(overrides))).toEqual(expected);
  });

  it("compares questionnaires item by item, an item left unanswered or a questionnaire not taken", () => {
    const before = makeScreeningInput({ mentalHealth: { phq9Items: [0, 0, 0, 0, 0, 0, 0, 0, 0] } });
    const after = makeScreeningInput({ mentalHealth: { phq9Items: [0, 0, 0, 0, 0, 0, 0, 0, 2], gad7Items: [1, null, 0, 0, 0, 0, 0] } });
    const changes = diffInputs(before, after);
    expect(changes[0]).toEqual({ path: "mentalHealth.phq9Items.8", label: "PHQ-9 item 9", before: "0", after: "2" });
    expect(changes.slice(1).map((change) => [change.label, change.before, change.after])).toEqual([
      ["GAD-7 item 1", NOT_RECORDED, "1"],
      ["GAD-7 item 2", NOT_RECORDED, "Not answered"],
      ...[3, 4, 5, 6, 7].map((item) => [`GAD-7 item ${item}`, NOT_RECORDED, "0"]),
    ]);
  });

  it("says 'Not asked' for a question the earlier version's form did not ask", () => {
    const recorded: RecordedScreeningInput = structuredClone(base);
    for (const added of ["allergies", "otherMedicines", "conditions", "breastfeeding"] as const) delete (recorded as Partial<ScreeningInput>)[added];
    const changes = diffInputs(recorded, base);
    expect(changes.find((change) => change.path === "allergies.ketamineHypersensitivity")).toEqual({
      path: "allergies.ketamineHypersensitivity",
      label: "Known hypersensitivity (allergy) to ketamine or esketamine",
      before: NOT_ASKED,
      after: "No",
    });
    expect(changes.find((change) => change.path === "breastfeeding")).toMatchObject({ before: NOT_ASKED, after: "No" });
  });

  it("reads the same list in another order as the same answer", () => {
    const a = makeScreeningInput({ medications: ["opioid", "maoi"] });
    const b = makeScreeningInput({ medications: ["maoi", "opioid"] });
    expect(diffInputs(a, b)).toEqual([]);
  });
});

const flag = (ruleId: VersionFlag["ruleId"], severity: VersionFlag["severity"], decision: VersionFlag["decision"] = null): VersionFlag => ({
  ruleId,
  severity,
  summary: `Summary of ${ruleId}`,
  decision,
});

describe("diffDecisions", () => {
  it("names every decision of the earlier version that the new, undecided version lacks", () => {
    const before = [flag("baseline-bp-elevated", "critical", { decision: "defer", note: null }), flag("arrhythmia", "warning", { decision: "refer", note: "Cardiology" }), flag("dizziness", "info")];
    const after = [flag("baseline-bp-elevated", "critical"), flag("arrhythmia", "warning"), flag("dizziness", "info")];
    expect(diffDecisions(before, after)).toEqual([
      { ruleId: "baseline-bp-elevated", summary: "Summary of baseline-bp-elevated", before: { decision: "defer", label: "Defer treatment", note: null }, after: null },
      { ruleId: "arrhythmia", summary: "Summary of arrhythmia", before: { decision: "refer", label: "Refer", note: "Cardiology" }, after: null },
    ]);
  });

  it("names a changed note, and a decision on a rule only one version flagged", () => {
    const before = [flag("arrhythmia", "warning", { decision: "refer", note: "Cardiology" }), flag("pregnancy", "critical", { decision: "defer", note: null })];
    const after = [flag("arrhythmia", "warning", { decision: "refer", note: "Cardiology, urgent" })];
    expect(diffDecisions(before, after).map((change) => [change.ruleId, change.before?.note, change.after?.note ?? null])).toEqual([
      ["arrhythmia", "Cardiology", "Cardiology, urgent"],
      ["pregnancy", null, null],
    ]);
  });
});

describe("diffVersions", () => {
  it("reuses the flag-set comparison for flags", () => {
    const before = makeScreeningInput();
    const after = makeScreeningInput({ vitals: { ...before.vitals, systolic: 182, diastolic: 112 } });
    const diff = diffVersions(
      { input: before, flags: assess(before).flags.map((f) => ({ ...f, decision: null })) },
      { input: after, flags: assess(after).flags.map((f) => ({ ...f, decision: null })) },
    );
    expect(diff.inputs.map((change) => change.path)).toEqual(["vitals.systolic", "vitals.diastolic"]);
    expect(diff.flags.added.map((added) => added.severity)).toContain("critical");
    expect(diff.decisions).toEqual([]);
    expect(isEmptyVersionDiff(diff)).toBe(false);
  });
});

const version = (input: ScreeningInput) => ({ input, flags: assess(input).flags.map((f) => ({ ...f, decision: null })) });

describe("version differences: properties", () => {
  it("finds nothing between a version and itself", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        expect(isEmptyVersionDiff(diffVersions(version(input), version(structuredClone(input))))).toBe(true);
      }),
    );
  });

  it("names every changed answer exactly once, and only answers that changed", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, screeningInputArbitrary, (a, b) => {
        const changes = diffInputs(a, b);
        const paths = changes.map((change) => change.path);
        expect(new Set(paths).size).toBe(paths.length);
        const was = answersOf(a);
        const now = answersOf(b);
        const comparable = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...(value as string[])].sort() : value);
        const changed = [...new Set([...was.keys(), ...now.keys()])].filter((path) => comparable(was.get(path)) !== comparable(now.get(path)));
        expect([...paths].sort()).toEqual(changed.sort());
        for (const change of changes) expect(change.before).not.toBe(change.after);
      }),
    );
  });

  it("names exactly the one answer changed", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, fc.integer({ min: 51, max: 300 }), (input, systolic) => {
        fc.pre(systolic !== input.vitals.systolic && input.vitals.diastolic < systolic);
        const changed = { ...input, vitals: { ...input.vitals, systolic } };
        expect(diffInputs(input, changed)).toEqual([
          { path: "vitals.systolic", label: "Systolic (mmHg)", before: String(input.vitals.systolic), after: String(systolic) },
        ]);
      }),
    );
  });
});
