/**
 * The print-ready summary of a stored screening (lib/exports/screening-summary.ts): what it says about the
 * patient, the sign-off, each flag and its decision, the measurements and the answers, word for word from the
 * record, times in UTC, and "Not asked" rather than "No" for what an earlier form did not ask.
 */
import { describe, expect, expectTypeOf, it } from "vitest";

import type { ScreeningDetail } from "@/lib/db/types";
import {
  CLINICAL_JUDGEMENT_STATEMENT,
  formatUtc,
  NO_DECISION,
  NOT_ASKED,
  NOT_SIGNED,
  screeningSummary,
  SUMMARY_TITLE,
  type SummarisableScreening,
  type ScreeningSummary,
  type SummaryRow,
} from "@/lib/exports/screening-summary";
import { FLAG_DECISION_LABELS, OUTCOME_LABELS } from "@/lib/review/decisions";
import { needsDecision } from "@/lib/rules/flag-summary";
import { HIGH_RISK_INPUT } from "@/tests/support/high-risk-screening";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";
import {
  makeEarlierReleaseScreeningDetail,
  makeScreeningDetail,
  makeSignedScreeningDetail,
  REVIEWER,
} from "@/tests/support/screening-detail-factory";

const OPTIONS = { generatedAt: new Date("2026-11-26T12:00:00.000Z"), sourceDocumentTitle: "The Source Document" };


const row = (rows: readonly SummaryRow[], label: string) => rows.find((r) => r.label === label)?.value;
const headerRow = (summary: ScreeningSummary, label: string) => row(summary.header.rows, label);
const factRow = (summary: ScreeningSummary, label: string) => row(summary.recordedFacts.flatMap((group) => group.rows), label);

describe("screeningSummary", () => {
  it("reads what the data layer returns", () => {
    expectTypeOf<ScreeningDetail>().toExtend<SummarisableScreening>();
  });

  it("heads the summary with the patient as recorded, the age on the screening day, and the screening's place", () => {
    const summary = screeningSummary(makeScreeningDetail(HIGH_RISK_INPUT), OPTIONS);
    expect(summary.title).toBe(SUMMARY_TITLE);
    expect(summary.header.patientName).toBe("Ada Example");
    expect(summary.header.rows).toEqual([
      { label: "Patient", value: "Ada Example" },
      { label: "Date of birth", value: "8 Mar 1979 (age 47 on the screening day)" },
      { label: "Medical record number", value: "MRN-1001" },
      { label: "Sex at birth", value: "Intersex" },
      { label: "Screened", value: "26 Nov 2026, 09:30 UTC" },
      { label: "Status", value: "Awaiting review" },
      { label: "Version", value: "1" },
    ]);
    expect(summary.header.replacedNotice).toBeNull();
    expect(summary.header.amendment).toBeNull();
    expect(summary.statement).toBe(CLINICAL_JUDGEMENT_STATEMENT);
    expect(summary.generatedAt).toBe("Generated 26 Nov 2026, 12:00 UTC");
  });

  it("counts the age on the screening's UTC day, a birthday on that day included", () => {
    const on = (dateOfBirth: string) =>
      headerRow(
        screeningSummary(makeScreeningDetail(makeScreeningInput({ patient: { ...BASELINE_SCREENING.patient, dateOfBirth } }), { createdAt: new Date("2026-11-26T23:59:00Z") }), OPTIONS),
        "Date of birth",
      );
    expect(on("1980-11-26")).toBe("26 Nov 1980 (age 46 on the screening day)");
    expect(on("1980-11-27")).toBe("27 Nov 1980 (age 45 on the screening day)");
  });

  it("writes every instant in UTC and says so, whatever the server's zone", () => {
    expect(formatUtc(new Date("2026-01-05T23:07:59.999Z"))).toBe("5 Jan 2026, 23:07 UTC");
    expect(formatUtc(new Date("2026-12-31T00:00:00Z"))).toBe("31 Dec 2026, 00:00 UTC");
  });

  it("says plainly that an unsigned screening is not signed, and that no decision was recorded", () => {
    const summary = screeningSummary(makeScreeningDetail(HIGH_RISK_INPUT), OPTIONS);
    expect(summary.signOff).toEqual({ signed: false, text: NOT_SIGNED });
    expect(NOT_SIGNED).toBe("Not signed — awaiting review");
    expect(summary.decisionFlags.length).toBeGreaterThan(0);
    for (const flag of summary.decisionFlags) expect(flag.decision).toEqual({ label: NO_DECISION, note: null, recorded: null });
    expect(summary.decisionFlagsTitle).toMatch(/^Needs a decision: \d+ critical, \d+ warning$/);
    for (const point of summary.counselling) expect(point).toMatchObject({ discussed: false, discussedText: "Not ticked as discussed" });
  });

  it("gives a signed screening's outcome and signature (name, role, time) and each decision with its note and who made it", () => {
    const detail = makeSignedScreeningDetail(HIGH_RISK_INPUT, "cleared-with-precautions");
    const summary = screeningSummary(detail, OPTIONS);
    expect(summary.signOff).toEqual({
      signed: true,
      outcome: `Outcome: ${OUTCOME_LABELS["cleared-with-precautions"]}`,
      signerName: REVIEWER,
      signerRole: "clinician",
      signedAt: "26 Nov 2026, 09:55 UTC",
      signedBy: `Signed by ${REVIEWER} (clinician), 26 Nov 2026, 09:55 UTC`,
    });
    const decided = detail.flags.filter((flag) => needsDecision(flag.severity));
    expect(summary.decisionFlags.map((flag) => flag.summary)).toEqual(decided.map((flag) => flag.summary));
    summary.decisionFlags.forEach((flag, index) => {
      const stored = decided[index]?.decision;
      if (!stored) throw new Error("the fixture decides every decision flag");
      expect(flag.decision).toEqual({
        label: FLAG_DECISION_LABELS[stored.decision],
        note: stored.note,
        recorded: `Recorded by ${REVIEWER}, 26 Nov 2026, 09:50 UTC`,
      });
    });
    expect(summary.decisionFlagsTitle).toMatch(/^Decided: /);
    for (const point of summary.counselling) {
      expect(point).toMatchObject({ discussed: true, discussedText: `Discussed with the patient — ticked by ${REVIEWER}, 26 Nov 2026, 09:50 UTC` });
    }
  });

  it("puts critical flags before warning flags and keeps counselling (info) flags apart, each flag once", () => {
    const detail = makeScreeningDetail(HIGH_RISK_INPUT);
    const summary = screeningSummary(detail, OPTIONS);
    const severities = summary.decisionFlags.map((flag) => flag.severity);
    expect(severities).toContain("Critical");
    expect(severities).toContain("Warning");
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === "Critical" ? -1 : 1)));
    const info = detail.flags.filter((flag) => flag.severity === "info");
    expect(summary.counselling.map((point) => point.summary)).toEqual(info.map((flag) => flag.summary));
    expect(summary.decisionFlags.length + summary.counselling.length).toBe(detail.flags.length);
  });

  it("quotes each source sentence verbatim in quotation marks with the document's title, and each standard verbatim", () => {
    const detail = makeScreeningDetail(HIGH_RISK_INPUT);
    const summary = screeningSummary(detail, OPTIONS);
    const summarised = [...summary.decisionFlags, ...summary.counselling];
    for (const flag of detail.flags) {
      const shown = summarised.find((candidate) => candidate.summary === flag.summary);
      expect(shown?.reasons).toEqual(flag.reasons);
      expect(shown?.sources).toEqual(
        flag.source.map((source) =>
          source.kind === "document"
            ? { kind: "quote", text: `“${source.quote}”`, citation: "The Source Document (source document)" }
            : { kind: "standard", text: source.citation },
        ),
      );
    }
    expect(summarised.some((flag) => flag.sources.some((source) => source.kind === "standard"))).toBe(true);
  });

  it("gives vitals with the ACC/AHA category and complete questionnaires with total and band", () => {
    const summary = screeningSummary(makeScreeningDetail(HIGH_RISK_INPUT), OPTIONS);
    expect(summary.vitals).toEqual([
      { label: "Blood pressure", value: "152/94 mmHg — Stage 2 hypertension (ACC/AHA 2017 category)" },
      { label: "Heart rate", value: "108 beats/min" },
      { label: "Oxygen saturation", value: "95 %" },
      { label: "Weight", value: "82.5 kg" },
      { label: "Height", value: "176 cm" },
    ]);
    expect(summary.questionnaires).toEqual([
      { label: "PHQ-9 (depression)", value: "16 of 27: Moderately severe" },
      { label: "PHQ-9 item 9 (thoughts of death or self-harm)", value: "1 – Several days" },
      { label: "GAD-7 (anxiety)", value: "12 of 21: Moderate" },
    ]);
    expect(summary.plannedTreatment).toEqual([
      { label: "Planned course", value: "Single session" },
      { label: "Route", value: "Intravenous" },
    ]);
    expect(summary.notes).toBe("Patient asked about driving home.");
    expect(summary.rulesVersion).toBe(makeScreeningDetail(HIGH_RISK_INPUT).rulesVersion);
  });

  it("gives no total for a partly answered questionnaire, only how many items were answered", () => {
    const input = makeScreeningInput({
      mentalHealth: { ...BASELINE_SCREENING.mentalHealth, phq9Items: [3, 3, null, 3, 3, null, 3, 3, null], gad7Items: [1, null, 1, 1, 1, 1, 1] },
    });
    const summary = screeningSummary(makeScreeningDetail(input), OPTIONS);
    expect(summary.questionnaires).toEqual([
      { label: "PHQ-9 (depression)", value: "Incomplete: 6 of 9 items answered (no total or band)" },
      { label: "PHQ-9 item 9 (thoughts of death or self-harm)", value: "Not answered" },
      { label: "GAD-7 (anxiety)", value: "Incomplete: 6 of 7 items answered (no total or band)" },
    ]);
    const none = screeningSummary(makeScreeningDetail(makeScreeningInput()), OPTIONS);
    expect(none.questionnaires).toEqual([
      { label: "PHQ-9 (depression)", value: "Not completed" },
      { label: "GAD-7 (anxiety)", value: "Not completed" },
    ]);
  });

  it("says 'Not asked' for each question the earlier form did not ask, never 'No'", () => {
    const summary = screeningSummary(makeEarlierReleaseScreeningDetail(), OPTIONS);
    for (const label of [
      "Known hypersensitivity (allergy) to ketamine or esketamine",
      "Other allergies",
      "Past adverse reaction to ketamine",
      "Other current medicines",
      "Raised intracranial pressure, or a recent head injury",
      "Raised intraocular pressure (glaucoma or an eye injury)",
      "Hyperthyroidism (overactive thyroid)",
      "Liver disease",
      "Breastfeeding",
    ]) {
      expect(factRow(summary, label), label).toBe(NOT_ASKED);
    }
    expect(row(summary.vitals, "Weight")).toBe(NOT_ASKED);
    // Asked then, so answered.
    expect(factRow(summary, "History of bladder problems")).toMatch(/^(Yes|No)$/);
    expect(factRow(summary, "Current medicines")).not.toBe(NOT_ASKED);
  });

  it("lists what the current form asked, with 'None' for an empty list", () => {
    const summary = screeningSummary(makeScreeningDetail(HIGH_RISK_INPUT), OPTIONS);
    expect(factRow(summary, "Known hypersensitivity (allergy) to ketamine or esketamine")).toBe("Yes");
    expect(factRow(summary, "Other allergies")).toBe("Penicillin; Latex");
    expect(factRow(summary, "Past adverse reaction to ketamine")).toBe("Vomiting and agitation after a dose in 2024");
    expect(factRow(makeSummaryOfBaseline(), "Past adverse reaction to ketamine")).toBe("None recorded");
    expect(factRow(summary, "Other current medicines")).toBe("None");
    expect(factRow(summary, "Heart and circulation conditions")).toBe("Arrhythmia");
    expect(factRow(summary, "Blood-pressure history")).toBe("High blood pressure, controlled");
    expect(factRow(summary, "Liver disease")).toBe("No");
    expect(factRow(summary, "Breastfeeding")).toBe("No");
    expect(row(makeSummaryOfBaseline().vitals, "Height")).toBe("Not recorded");
  });

  it("marks a replaced version and names the version replacing it, keeping its signature", () => {
    const signed = makeSignedScreeningDetail(HIGH_RISK_INPUT, "deferred");
    const amended: ScreeningDetail = { ...signed, status: "amended", versions: { version: 1, amends: null, amendedById: "screening-v2" } };
    const summary = screeningSummary(amended, OPTIONS);
    expect(headerRow(summary, "Status")).toBe("Amended: replaced by version 2");
    expect(summary.header.replacedNotice).toMatch(/^This version was replaced by version 2\./);
    expect(summary.signOff).toMatchObject({ signed: true, outcome: "Outcome: Deferred" });
  });

  it("gives an amendment's version number and the reason for it", () => {
    const detail = makeScreeningDetail(HIGH_RISK_INPUT, { version: 2 });
    const amendment: ScreeningDetail = { ...detail, versions: { version: 2, amends: { id: "screening-v1", reason: "Blood pressure was read from the wrong chart." }, amendedById: null } };
    const summary = screeningSummary(amendment, OPTIONS);
    expect(headerRow(summary, "Version")).toBe("2");
    expect(headerRow(summary, "Status")).toBe("Awaiting review");
    expect(summary.header.amendment).toEqual({
      text: "Version 2 amends version 1; decisions and sign-off were not carried over.",
      reason: "Blood pressure was read from the wrong chart.",
    });
    expect(summary.header.replacedNotice).toBeNull();
  });
});

function makeSummaryOfBaseline(): ScreeningSummary {
  return screeningSummary(makeScreeningDetail(makeScreeningInput()), OPTIONS);
}
