/**
 * The screening PDF (components/pdf) read back as a reader's PDF tool reads it: the text extracted from the
 * generated file must hold the patient, every flag with its reasons and sources, every decision with its note,
 * the signature or "Not signed", the rules version, and on every page the clinical-judgement statement and
 * "Page X of Y"; the metadata title must not name the patient. Rendering time is not asserted.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { CODE_POINT_NOTICE, renderScreeningPdf } from "@/components/pdf/render-screening-pdf";
import type { ScreeningDetail } from "@/lib/db/types";
import { breakLongWords, winAnsiText } from "@/lib/exports/pdf-text";
import { CLINICAL_JUDGEMENT_STATEMENT, NO_DECISION, NOT_ASKED, NOT_SIGNED, screeningSummary, SUMMARY_TITLE } from "@/lib/exports/screening-summary";
import { FLAG_DECISION_LABELS } from "@/lib/review/decisions";
import { AMENDMENT_REASON_MAX, REVIEW_NOTE_MAX } from "@/lib/review/limits";
import { needsDecision } from "@/lib/rules/flag-summary";
import { MAX_FULL_NAME_LENGTH, MAX_LIST_ENTRY_LENGTH, MAX_NOTES_LENGTH, MAX_OTHER_ALLERGIES, MAX_OTHER_MEDICINES, MAX_REACTION_LENGTH } from "@/lib/screening/limits";
import { clinicalParagraphs, loadSourceDocument } from "@/lib/source/source-document";
import { HIGH_RISK_INPUT } from "@/tests/support/high-risk-screening";
import { collapseSpace, extractPdf, type ExtractedPdf } from "@/tests/support/pdf-text";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";
import {
  makeEarlierReleaseScreeningDetail,
  makeScreeningDetail,
  makeSignedScreeningDetail,
  REVIEWER,
  screeningDetailArbitrary,
} from "@/tests/support/screening-detail-factory";

const SOURCE_TITLE = clinicalParagraphs(loadSourceDocument())[0] as string;
const OPTIONS = { generatedAt: new Date("2026-11-26T12:00:00.000Z"), sourceDocumentTitle: SOURCE_TITLE };

// A note of two lines: the PDF keeps what the clinician typed.
const INPUT = { ...HIGH_RISK_INPUT, notes: `${HIGH_RISK_INPUT.notes}\nHusband will collect her.` };

async function pdfOf(detail: ScreeningDetail): Promise<ExtractedPdf> {
  const bytes = await renderScreeningPdf(screeningSummary(detail, OPTIONS));
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return extractPdf(bytes);
}

/** The text as the PDF writes it (see lib/exports/pdf-text.ts), white space collapsed. */
const expected = (text: string) => collapseSpace(breakLongWords(winAnsiText(text)));
const withoutSpace = (text: string) => text.replace(/\s+/g, "");

function expectHolds(pdf: ExtractedPdf, texts: readonly string[]): void {
  const body = collapseSpace(pdf.body);
  for (const text of texts) expect(body, `the PDF should hold: ${text}`).toContain(expected(text));
}

/** Every page has the statement and "Page X of Y" at its foot, numbered 1 to Y. */
function expectFooters(pdf: ExtractedPdf): void {
  const total = pdf.pages.length;
  pdf.pages.forEach((page, index) => {
    expect(collapseSpace(page.bottom)).toBe(`${CLINICAL_JUDGEMENT_STATEMENT} Page ${index + 1} of ${total}`);
  });
}

describe("the screening PDF", () => {
  const signed = makeSignedScreeningDetail(INPUT, "cleared-with-precautions", { id: "screening-signed" });
  const unsigned = makeScreeningDetail(INPUT, { id: "screening-unsigned" });
  let signedPdf: ExtractedPdf;
  let unsignedPdf: ExtractedPdf;

  beforeAll(async () => {
    [signedPdf, unsignedPdf] = await Promise.all([pdfOf(signed), pdfOf(unsigned)]);
  });

  it("holds the patient as recorded, with date of birth, age, record number and screening time in UTC", () => {
    expectHolds(signedPdf, ["Ada Example", "8 Mar 1979 (age 47 on the screening day)", "MRN-1001", "26 Nov 2026, 09:30 UTC", "Intersex"]);
    // The patient stays named at the top of every page, since printed pages get separated.
    for (const page of signedPdf.pages) expect(collapseSpace(page.top)).toContain("Ada Example");
  });

  it("holds every flag with its reasons and its quoted sentences (in quotation marks, with the document's title) or standards", () => {
    expect(signed.flags.some((flag) => flag.source.some((source) => source.kind === "document"))).toBe(true);
    for (const flag of signed.flags) {
      expectHolds(signedPdf, [flag.summary, ...flag.reasons]);
      for (const source of flag.source) {
        expectHolds(signedPdf, source.kind === "document" ? [`“${source.quote}” — ${SOURCE_TITLE} (source document)`] : [`Standard: ${source.citation}`]);
      }
    }
    for (const flag of signed.flags.filter((f) => needsDecision(f.severity))) {
      expectHolds(signedPdf, [`${flag.severity === "critical" ? "Critical" : "Warning"}: ${flag.summary}`]);
    }
  });

  it("holds every decision with its note and who recorded it when, and each counselling point's tick", () => {
    const decided = signed.flags.filter((flag) => needsDecision(flag.severity));
    expect(decided.length).toBeGreaterThan(1);
    for (const flag of decided) {
      const decision = flag.decision;
      if (decision === null) throw new Error("the signed fixture decides every decision flag");
      expectHolds(signedPdf, [
        `${flag.summary}`,
        `Decision: ${FLAG_DECISION_LABELS[decision.decision]}${decision.note === null ? "" : ` Note: ${decision.note}`} Recorded by ${REVIEWER}, 26 Nov 2026, 09:50 UTC`,
      ]);
    }
    for (const flag of signed.flags.filter((f) => !needsDecision(f.severity))) {
      expectHolds(signedPdf, [`[x] Discussed with the patient — ticked by ${REVIEWER}, 26 Nov 2026, 09:50 UTC`, flag.summary]);
    }
  });

  it("holds the outcome and the signature: name, role and time", () => {
    expectHolds(signedPdf, ["Outcome: Cleared with precautions", `Signed by ${REVIEWER} (clinician), 26 Nov 2026, 09:55 UTC`]);
    expect(collapseSpace(signedPdf.body)).not.toContain(NOT_SIGNED);
  });

  it("says 'Not signed' and 'No decision recorded' on a screening awaiting review", () => {
    expectHolds(unsignedPdf, [NOT_SIGNED]);
    const body = collapseSpace(unsignedPdf.body);
    expect(body).not.toContain("Signed by");
    const decisionFlags = unsigned.flags.filter((flag) => needsDecision(flag.severity));
    expect(body.split(`Decision: ${NO_DECISION}`).length - 1).toBe(decisionFlags.length);
    expect(body).toContain("[ ] Not ticked as discussed");
  });

  it("holds the measurements with their category and band, the plan, the recorded facts and the notes", () => {
    expectHolds(signedPdf, [
      "152/94 mmHg — Stage 2 hypertension (ACC/AHA 2017 category)",
      "108 beats/min",
      "16 of 27: Moderately severe",
      "12 of 21: Moderate",
      "Single session",
      "Intravenous",
      "Penicillin; Latex",
      "Vomiting and agitation after a dose in 2024",
      "Patient asked about driving home. Husband will collect her.",
    ]);
  });

  it("holds the rules version and when it was generated, and 'Page X of Y' with the statement at the foot of every page", () => {
    expectHolds(signedPdf, [`Rules version: ${signed.rulesVersion}`, "Generated 26 Nov 2026, 12:00 UTC"]);
    expect(signedPdf.pages.length).toBeGreaterThan(1);
    expectFooters(signedPdf);
    expectFooters(unsignedPdf);
  });

  it("puts the sections in the order a clinician reads them", () => {
    const body = collapseSpace(signedPdf.body);
    const positions = [
      SUMMARY_TITLE,
      "Ada Example",
      "Outcome: Cleared with precautions",
      "Flags needing a decision",
      "Counselling points",
      "Vital signs",
      "Questionnaires",
      "Planned treatment",
      "Recorded facts",
      "Notes",
      "Rules version:",
      "Generated ",
    ].map((heading) => body.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("is A4, with body text and footer at 10 pt or larger", () => {
    for (const page of [...signedPdf.pages, ...unsignedPdf.pages]) {
      expect(page.size[0]).toBeCloseTo(595.28, 1);
      expect(page.size[1]).toBeCloseTo(841.89, 1);
      expect(page.smallestText.body).toBeGreaterThanOrEqual(10);
      expect(page.smallestText.bottom).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps the patient's name out of the document's metadata", () => {
    expect(signedPdf.info.Title).toBe(SUMMARY_TITLE);
    const metadata = JSON.stringify(signedPdf.info);
    for (const identifying of ["Ada", "Example", "MRN-1001", "1979"]) expect(metadata).not.toContain(identifying);
  });
});

describe("the screening PDF of other records", () => {
  it("says 'Not asked' for what an earlier form did not ask", async () => {
    const pdf = await pdfOf(makeEarlierReleaseScreeningDetail());
    expectHolds(pdf, ["Earlier Release", `Other allergies ${NOT_ASKED}`, `Breastfeeding ${NOT_ASKED}`, NOT_SIGNED]);
    expectFooters(pdf);
  });

  it("marks a replaced version, and gives an amendment's version and reason", async () => {
    const signedV1 = makeSignedScreeningDetail(INPUT, "deferred");
    const replaced: ScreeningDetail = { ...signedV1, status: "amended", versions: { version: 1, amends: null, amendedById: "v2" } };
    const amendment: ScreeningDetail = {
      ...makeScreeningDetail(INPUT, { version: 2 }),
      versions: { version: 2, amends: { id: "v1", reason: "Blood pressure was read from the wrong chart." }, amendedById: null },
    };
    const [replacedPdf, amendmentPdf] = await Promise.all([pdfOf(replaced), pdfOf(amendment)]);
    expectHolds(replacedPdf, ["Status Amended: replaced by version 2", "This version was replaced by version 2.", "Outcome: Deferred"]);
    expectHolds(amendmentPdf, ["Version 2", "Reason for amendment: Blood pressure was read from the wrong chart."]);
  });

  it("renders characters Helvetica cannot show as visible code points and says so, never dropping the name", async () => {
    const input = makeScreeningInput({
      patient: { fullName: "Ελένη Παπαδοπούλου-Zoë", dateOfBirth: "1990-01-01", sexAtBirth: "female" },
      notes: "BP ≥ 140 – recheck 😀, café (e + combining accent: cafe\u0301)",
    });
    const bytes = await renderScreeningPdf(screeningSummary(makeScreeningDetail(input), OPTIONS));
    const pdf = await extractPdf(bytes);
    const body = collapseSpace(pdf.body);
    // A run of code points is one long word, which may break over lines anywhere: compare without white space.
    expect(withoutSpace(body)).toContain(withoutSpace("Patient [U+0395][U+03BB][U+03AD][U+03BD][U+03B7] [U+03A0][U+03B1][U+03C0][U+03B1][U+03B4][U+03BF][U+03C0][U+03BF][U+03CD][U+03BB][U+03BF][U+03C5]-Zoë Date of birth"));
    expect(body).toContain("BP >= 140 – recheck [U+1F600], café (e + combining accent: café)");
    expect(body).toContain(collapseSpace(CODE_POINT_NOTICE));
    expect(JSON.stringify(pdf.info)).not.toContain("U+0395");
  });

  it("shows every WinAnsi character as written (what the built-in Helvetica can show)", async () => {
    const winAnsi = [...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)), ..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", ...Array.from({ length: 0xff - 0xa1 + 1 }, (_, i) => String.fromCharCode(0xa1 + i))]
      // Soft hyphen is invisible by definition; extraction drops it.
      .filter((char) => char !== "\u00ad");
    const notes = winAnsi.join(" ");
    const pdf = await extractPdf(await renderScreeningPdf(screeningSummary(makeScreeningDetail(makeScreeningInput({ notes })), OPTIONS)));
    // PDF.js reads Helvetica's "mu" glyph, which WinAnsi uses for the micro sign, back as Greek small mu.
    expect(collapseSpace(pdf.body).replaceAll("\u03bc", "\u00b5")).toContain(notes);
  });

  it("keeps the whole of a name too long for its line, breaking it rather than cutting it short", async () => {
    const fullName = `${"Wolfeschlegelsteinhausenbergerdorff".repeat(4)} Jr`;
    const pdf = await extractPdf(await renderScreeningPdf(screeningSummary(makeScreeningDetail(makeScreeningInput({ patient: { ...BASELINE_SCREENING.patient, fullName } })), OPTIONS)));
    expect(withoutSpace(pdf.body)).toContain(withoutSpace(`Patient ${fullName} Date of birth`));
  });

  it("loses nothing of a record filled to every limit of the form", async () => {
    // Words of varied length, so lines wrap as real text does; each entry numbered, so a lost one is named.
    const words = (label: string, length: number) => `${label} ${"lorem ipsum dolor sit amet consectetur ".repeat(60)}`.slice(0, length).trim();
    const input = makeScreeningInput({
      patient: { ...BASELINE_SCREENING.patient, fullName: words("Name", MAX_FULL_NAME_LENGTH) },
      allergies: { ketamineHypersensitivity: false, other: Array.from({ length: MAX_OTHER_ALLERGIES }, (_, i) => words(`Allergy${i}`, MAX_LIST_ENTRY_LENGTH)) },
      otherMedicines: Array.from({ length: MAX_OTHER_MEDICINES }, (_, i) => words(`Medicine${i}`, MAX_LIST_ENTRY_LENGTH)),
      substanceUse: { ...BASELINE_SCREENING.substanceUse, priorKetamineReaction: words("Reaction", MAX_REACTION_LENGTH) },
      notes: Array.from({ length: 20 }, (_, i) => words(`Line${i}`, MAX_NOTES_LENGTH / 20 - 1)).join("\n"),
    });
    const note = (index: number) => words(`Note${index}`, REVIEW_NOTE_MAX);
    const detail: ScreeningDetail = {
      ...makeScreeningDetail(input, {
        decide: (flag, index) => (needsDecision(flag.severity) ? { decision: "defer", note: note(index), name: REVIEWER, at: new Date("2026-11-26T10:00:00Z") } : null),
        signature: { name: REVIEWER, role: "clinician", outcome: "deferred", at: new Date("2026-11-26T10:05:00Z") },
        version: 2,
      }),
      versions: { version: 2, amends: { id: "v1", reason: words("Reason", AMENDMENT_REASON_MAX) }, amendedById: null },
    };
    expect(detail.flags.some((flag) => needsDecision(flag.severity))).toBe(true);
    const pdf = await pdfOf(detail);
    expectHolds(pdf, [
      input.patient.fullName,
      input.allergies.other.join("; "),
      input.otherMedicines.join("; "),
      input.substanceUse.priorKetamineReaction ?? "",
      input.notes ?? "",
      ...detail.flags.flatMap((flag) => (flag.decision?.note ? [flag.decision.note] : [])),
      `Reason for amendment: ${detail.versions.amends?.reason ?? ""}`,
      `Signed by ${REVIEWER} (clinician), 26 Nov 2026, 10:05 UTC`,
    ]);
    expectFooters(pdf);
  });

  it("holds the patient, every flag with its reasons, sources and decision, and the signature or 'Not signed', for any stored screening", async () => {
    await fc.assert(
      fc.asyncProperty(screeningDetailArbitrary, async (detail) => {
        const pdf = await pdfOf(detail);
        const texts = [
          detail.input.patient.fullName,
          ...detail.flags.flatMap((flag) => [
            flag.summary,
            ...flag.reasons,
            ...flag.source.map((source) => (source.kind === "document" ? `“${source.quote}”` : source.citation)),
            ...(flag.decision?.note ? [flag.decision.note] : []),
          ]),
          `Rules version: ${detail.rulesVersion}`,
          detail.signature === null ? NOT_SIGNED : `Signed by ${detail.signature.name} (${detail.signature.role})`,
        ];
        expectHolds(pdf, texts);
        expectFooters(pdf);
      }),
      // Each run renders a whole PDF: a few varied records, not a load test.
      { numRuns: 4 },
    );
  });
});
