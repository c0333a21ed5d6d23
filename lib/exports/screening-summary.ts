/**
 * A stored screening as a print-ready summary: every line a reader of the printed record needs, already in
 * words and in the order a busy clinician reads it (who, the outcome and signature, the flags that needed a
 * decision with those decisions, the counselling points, then the measurements and answers behind them).
 * The PDF (components/pdf) renders this model as it is; a printable page can render the same model.
 *
 * Instants are written in UTC with the zone named: the server's zone is not the reader's, and a record that
 * travels to another team must not change its times. The age is counted on the screening's UTC day.
 *
 * Nothing here derives an outcome or says the patient is cleared: the outcome shown is only the signer's.
 */
import { FLAG_DECISION_LABELS, OUTCOME_LABELS } from "../review/decisions";
import type { ScreeningStatus } from "../review/status";
import { summariseFlags } from "../rules/flag-summary";
import type { FlagSource } from "../rules/types";
import { ageInYears, isCalendarDate } from "../screening/calendar-date";
import { ROUTE_LABELS, SEX_AT_BIRTH_LABELS, TREATMENT_COURSE_LABELS } from "../screening/options";

import type { ExportableFlag, ExportableScreening } from "./fhir/exportable-screening";
import { questionnaireRows, recordedFactGroups, vitalsRows } from "./summary-answers";

/** The document's title, also its metadata title: it names no patient, since titles show in file lists. */
export const SUMMARY_TITLE = "Ketamine pre-treatment screening summary";

export const CLINICAL_JUDGEMENT_STATEMENT = "This summary supports and does not replace clinical judgement.";

export const NOT_SIGNED = "Not signed — awaiting review";
export const NO_DECISION = "No decision recorded";
export { NOT_ASKED } from "./summary-answers";

/**
 * What the summary reads: the export's view of a stored screening plus its workflow status and version chain.
 * The data layer's `ScreeningDetail` has this shape (tests/unit/exports/screening-summary.test.ts checks it).
 */
export type SummarisableScreening = ExportableScreening & {
  readonly status: ScreeningStatus;
  readonly versions: {
    readonly version: number;
    readonly amends: { readonly id: string; readonly reason: string } | null;
    readonly amendedById: string | null;
  };
};

export interface SummaryOptions {
  /** When the summary was produced; printed on it. */
  readonly generatedAt: Date;
  /** The source document's own title, cited under each quoted sentence. */
  readonly sourceDocumentTitle: string;
}

/** One line of a table: what was asked or measured, and what was recorded. */
export interface SummaryRow {
  readonly label: string;
  readonly value: string;
}

export type SummarySource =
  /** `text` is the sentence verbatim inside quotation marks; `citation` names the document it comes from. */
  | { readonly kind: "quote"; readonly text: string; readonly citation: string }
  /** `text` is the standard's citation verbatim. */
  | { readonly kind: "standard"; readonly text: string };

export interface SummaryDecision {
  /** The decision's label, or "No decision recorded". */
  readonly label: string;
  readonly note: string | null;
  /** "Recorded by <name>, <time UTC>"; null without a decision. */
  readonly recorded: string | null;
}

export interface SummaryFlag {
  readonly severity: "Critical" | "Warning";
  readonly summary: string;
  readonly reasons: readonly string[];
  readonly sources: readonly SummarySource[];
  readonly decision: SummaryDecision;
}

export interface SummaryCounsellingPoint {
  readonly summary: string;
  readonly reasons: readonly string[];
  readonly sources: readonly SummarySource[];
  readonly discussed: boolean;
  /** "Discussed with the patient — ticked by <name>, <time UTC>" or "Not ticked as discussed". */
  readonly discussedText: string;
}

export type SummarySignOff =
  | {
      readonly signed: true;
      /** "Outcome: <the signer's outcome>". */
      readonly outcome: string;
      readonly signerName: string;
      readonly signerRole: string;
      readonly signedAt: string;
      /** "Signed by <name> (<role>), <time UTC>". */
      readonly signedBy: string;
    }
  | { readonly signed: false; readonly text: typeof NOT_SIGNED };

export interface SummaryGroup {
  readonly title: string;
  readonly rows: readonly SummaryRow[];
}

export interface ScreeningSummary {
  readonly title: typeof SUMMARY_TITLE;
  /** The patient as recorded at the screening, and where this screening stands. */
  readonly header: {
    readonly patientName: string;
    readonly rows: readonly SummaryRow[];
    /** Set on a version a later amendment replaced: a reader must not act on it by mistake. */
    readonly replacedNotice: string | null;
    /** The reason given for this version, when it amends an earlier one. */
    readonly amendment: { readonly text: string; readonly reason: string } | null;
  };
  readonly signOff: SummarySignOff;
  /** Critical flags, then warning flags. */
  readonly decisionFlags: readonly SummaryFlag[];
  /** "Decided: 1 critical, 2 warning" or "Needs a decision: …", or that there were none. */
  readonly decisionFlagsTitle: string;
  readonly counselling: readonly SummaryCounsellingPoint[];
  readonly vitals: readonly SummaryRow[];
  readonly questionnaires: readonly SummaryRow[];
  readonly plannedTreatment: readonly SummaryRow[];
  readonly recordedFacts: readonly SummaryGroup[];
  readonly notes: string | null;
  readonly rulesVersion: string;
  /** "Generated <time UTC>". */
  readonly generatedAt: string;
  readonly statement: typeof CLINICAL_JUDGEMENT_STATEMENT;
}

// The app's written date style ("14 Mar 1979"), kept here so the domain does not import components/.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const two = (n: number) => String(n).padStart(2, "0");

/** "26 Nov 2026, 09:30 UTC". */
export function formatUtc(at: Date): string {
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}, ${two(at.getUTCHours())}:${two(at.getUTCMinutes())} UTC`;
}

/** A `YYYY-MM-DD` calendar date written out; the text as stored when it is not a real date. */
function formatDay(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isCalendarDate(iso)) return iso;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function dateOfBirthText(dateOfBirth: string, screeningDay: string): string {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) && isCalendarDate(dateOfBirth) && dateOfBirth <= screeningDay;
  return valid ? `${formatDay(dateOfBirth)} (age ${ageInYears(dateOfBirth, screeningDay)} on the screening day)` : formatDay(dateOfBirth);
}

function statusText(screening: SummarisableScreening): string {
  switch (screening.status) {
    case "awaiting-review":
      return "Awaiting review";
    case "signed":
      return "Signed";
    case "amended":
      return `Amended: replaced by version ${screening.versions.version + 1}`;
  }
}

function sourcesOf(sources: readonly FlagSource[], documentTitle: string): SummarySource[] {
  return sources.map((source) =>
    source.kind === "document"
      ? { kind: "quote", text: `“${source.quote}”`, citation: `${documentTitle} (source document)` }
      : { kind: "standard", text: source.citation },
  );
}

function decisionOf(flag: ExportableFlag): SummaryDecision {
  const decision = flag.decision;
  if (decision === null) return { label: NO_DECISION, note: null, recorded: null };
  return {
    label: FLAG_DECISION_LABELS[decision.decision],
    note: decision.note,
    recorded: `Recorded by ${decision.name}, ${formatUtc(decision.at)}`,
  };
}

function decisionFlagsTitle(flags: readonly SummaryFlag[], counts: { critical: number; warning: number }): string {
  if (flags.length === 0) return "No critical or warning flags";
  const decided = flags.every((flag) => flag.decision.recorded !== null);
  return `${decided ? "Decided" : "Needs a decision"}: ${counts.critical} critical, ${counts.warning} warning`;
}

export function screeningSummary(screening: SummarisableScreening, options: SummaryOptions): ScreeningSummary {
  const { input } = screening;
  const patient = input.patient;
  const screeningDay = screening.createdAt.toISOString().slice(0, 10);
  const { version, amends } = screening.versions;
  const { counts, decisionFlags, counsellingFlags } = summariseFlags(screening.flags);

  const flags = decisionFlags.map(
    (flag): SummaryFlag => ({
      severity: flag.severity === "critical" ? "Critical" : "Warning",
      summary: flag.summary,
      reasons: flag.reasons,
      sources: sourcesOf(flag.source, options.sourceDocumentTitle),
      decision: decisionOf(flag),
    }),
  );
  const signature = screening.signature;

  return {
    title: SUMMARY_TITLE,
    header: {
      patientName: patient.fullName,
      rows: [
        { label: "Patient", value: patient.fullName },
        { label: "Date of birth", value: dateOfBirthText(patient.dateOfBirth, screeningDay) },
        { label: "Medical record number", value: patient.medicalRecordNumber ?? "None recorded" },
        { label: "Sex at birth", value: SEX_AT_BIRTH_LABELS[patient.sexAtBirth] },
        { label: "Screened", value: formatUtc(screening.createdAt) },
        { label: "Status", value: statusText(screening) },
        { label: "Version", value: String(version) },
      ],
      replacedNotice:
        screening.status === "amended"
          ? `This version was replaced by version ${version + 1}. It is kept as it was signed; read version ${version + 1} before acting on it.`
          : null,
      amendment:
        amends === null
          ? null
          : {
              text: `Version ${version} amends version ${version - 1}; decisions and sign-off were not carried over.`,
              reason: amends.reason,
            },
    },
    signOff:
      signature === null
        ? { signed: false, text: NOT_SIGNED }
        : {
            signed: true,
            outcome: `Outcome: ${OUTCOME_LABELS[signature.outcome]}`,
            signerName: signature.name,
            signerRole: signature.role,
            signedAt: formatUtc(signature.at),
            signedBy: `Signed by ${signature.name} (${signature.role}), ${formatUtc(signature.at)}`,
          },
    decisionFlags: flags,
    decisionFlagsTitle: decisionFlagsTitle(flags, counts),
    counselling: counsellingFlags.map((flag) => ({
      summary: flag.summary,
      reasons: flag.reasons,
      sources: sourcesOf(flag.source, options.sourceDocumentTitle),
      discussed: flag.discussed !== null,
      discussedText:
        flag.discussed === null
          ? "Not ticked as discussed"
          : `Discussed with the patient — ticked by ${flag.discussed.name}, ${formatUtc(flag.discussed.at)}`,
    })),
    vitals: vitalsRows(input),
    questionnaires: questionnaireRows(input.mentalHealth),
    plannedTreatment: [
      { label: "Planned course", value: TREATMENT_COURSE_LABELS[input.plannedTreatment.course] },
      { label: "Route", value: ROUTE_LABELS[input.plannedTreatment.route] },
    ],
    recordedFacts: recordedFactGroups(input),
    notes: input.notes ?? null,
    rulesVersion: screening.rulesVersion,
    generatedAt: `Generated ${formatUtc(options.generatedAt)}`,
    statement: CLINICAL_JUDGEMENT_STATEMENT,
  };
}
