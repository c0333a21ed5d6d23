import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CounsellingTick, FlagDecisionForm } from "@/components/review/forms-after-page";
import { RecordedDecisionView } from "@/components/review/recorded-decision";
import { SignOffSection } from "@/components/review/sign-off-section";
import { SignaturePanel } from "@/components/review/signature-panel";
import { CounsellingChecklist } from "@/components/screening-result/counselling-checklist";
import { DecisionSummary } from "@/components/screening-result/decision-summary";
import { ExportLinks } from "@/components/screening-result/export-links";
import { FlagList } from "@/components/screening-result/flag-list";
import { DetailRow, QuestionnaireScores, VitalsList } from "@/components/screening-result/measurements";
import { RecordedFacts } from "@/components/screening-result/recorded-facts";
import { ResultHeading } from "@/components/screening-result/result-heading";
import { RulesChangeNotice } from "@/components/screening-result/rules-change-notice";
import { AmendLink } from "@/components/screening-versions/amend-link";
import { VersionBanner } from "@/components/screening-versions/version-banner";
import { VersionDifferences } from "@/components/screening-versions/version-differences";
import { SeverityBadge } from "@/components/severity-badge";
import { CalendarDate, DateOfBirth, DateTime } from "@/components/dates";
import { statusLabel } from "@/components/status-label";
import { getScreening } from "@/lib/db/get-screening.server";
import type { StoredFlag } from "@/lib/db/types";
import { isOpenForReview } from "@/lib/review/status";
import { identityChange } from "@/lib/patients/identity-change";
import { needsDecision, summariseFlags } from "@/lib/rules/flag-summary";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { diffVersions } from "@/lib/screening/version-diff";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";
import { SEX_AT_BIRTH_LABELS, sexAtBirthLabel } from "@/lib/screening/options";
import { clinicalParagraphs, loadSourceDocument, sourceDocumentTitle } from "@/lib/source/source-document";

import { recordCounsellingTickAction, recordFlagDecisionAction, signScreeningAction } from "./review-actions";

// No patient name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Screening result" };

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`panel-${title}`} className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id={`panel-${title}`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

export default async function ScreeningResultPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("clinician", "screenings/[id]");
  const { id } = await params;
  const screening = await getScreening(await actorFor(user), id);
  if (!screening) notFound();

  // What this screening recorded, not the patient's identity now: a later correction must not rewrite history.
  const { input, patient: current } = screening;
  const recorded = input.patient;
  const screeningDay = todayIsoDate(screening.createdAt);
  const changedSince = identityChange(recorded, current).length > 0;
  const paragraphs = clinicalParagraphs(loadSourceDocument());
  const sourceDocument = { title: sourceDocumentTitle(paragraphs), paragraphs };

  const flagSummary = summariseFlags(screening.flags);
  const open = isOpenForReview(screening.status);

  // While the screening awaits review each flag takes its decision here; once signed, the record alone.
  const decisionReview = (flag: StoredFlag) => (
    <div className="space-y-4">
      <RecordedDecisionView decision={flag.decision} />
      {open && needsDecision(flag.severity) && (
        <FlagDecisionForm
          screeningId={screening.id}
          flagId={flag.id}
          severity={flag.severity}
          current={flag.decision && { decision: flag.decision.decision, note: flag.decision.note }}
          action={recordFlagDecisionAction}
        />
      )}
    </div>
  );
  const counsellingReview = (flag: StoredFlag) =>
    open ? (
      <CounsellingTick
        screeningId={screening.id}
        flagId={flag.id}
        discussed={flag.discussed !== null}
        pointSummary={flag.summary}
        action={recordCounsellingTickAction}
      />
    ) : (
      <p className="text-sm font-medium">
        {flag.discussed ? (
          <>
            Discussed with the patient — ticked by {flag.discussed.name}, <DateTime at={flag.discussed.at} />
          </>
        ) : (
          "Not ticked as discussed"
        )}
      </p>
    );
  const previous = screening.versions.amends && (await getScreening(await actorFor(user), screening.versions.amends.id));

  // Most important first: what needs a decision, then those flags in full, then what to tell the patient, then
  // the recorded facts behind them.
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700 print:hidden">
          <Link href="/screenings" className="text-blue-800 underline">
            Screenings
          </Link>{" "}
          / Result
        </p>
        <div className="mt-2">
          <ResultHeading
            patient={recorded}
            plannedTreatment={input.plannedTreatment}
            screeningDay={screeningDay}
            screenedAt={screening.createdAt}
          />
        </div>
        <div className="mt-2">
          <ExportLinks screeningId={screening.id} replaced={screening.versions.amendedById !== null} />
        </div>
      </div>

      <VersionBanner versions={screening.versions} status={screening.status} />
      {screening.signature && <SignaturePanel signature={screening.signature} replaced={screening.status === "amended"} />}
      <AmendLink screeningId={screening.id} status={screening.status} />

      <DecisionSummary summary={flagSummary} />

      <RulesChangeNotice rulesVersion={screening.rulesVersion} flags={screening.flags} input={input} screeningDay={screeningDay} />

      {previous && (
        <VersionDifferences diff={diffVersions(previous, screening)} previous={{ id: previous.id, version: previous.versions.version }} flags={screening.flags} />
      )}

      <p className="rounded-lg border-l-8 border-slate-600 bg-white p-4 font-medium">
        These flags support the clinician’s decision. They never clear a patient for treatment: the decision, and the
        checks behind it, stay with the treating clinician.
      </p>

      {flagSummary.decisionFlags.length > 0 && (
        <section aria-labelledby="decision-flags-title" className="space-y-4">
          <h2 id="decision-flags-title" className="text-xl font-semibold">
            Flags needing a decision ({flagSummary.decisionFlags.length})
          </h2>
          <FlagList flags={flagSummary.decisionFlags} document={sourceDocument} review={decisionReview} />
        </section>
      )}

      <CounsellingChecklist
        flags={flagSummary.counsellingFlags}
        document={sourceDocument}
        review={counsellingReview}
        discussed={flagSummary.counsellingFlags.filter((flag) => flag.discussed !== null).length}
      />

      {open && <SignOffSection screeningId={screening.id} flags={screening.flags} action={signScreeningAction} />}

      <Panel title="Patient">
        <dl className="divide-y divide-slate-200">
          <DetailRow term="Full name">{recorded.fullName}</DetailRow>
          <DetailRow term="Date of birth">
            <DateOfBirth iso={recorded.dateOfBirth} on={screeningDay} />
          </DetailRow>
          <DetailRow term="Medical record number">{recorded.medicalRecordNumber ?? "None recorded"}</DetailRow>
          <DetailRow term="Sex at birth">{SEX_AT_BIRTH_LABELS[recorded.sexAtBirth]}</DetailRow>
          <DetailRow term="Screened">
            <DateTime at={screening.createdAt} />
          </DetailRow>
          <DetailRow term="Status">{statusLabel(screening.status)}</DetailRow>
          <DetailRow term="Highest severity">
            <SeverityBadge severity={screening.highestSeverity} />
          </DetailRow>
        </dl>
        {changedSince && (
          <p className="mt-3 rounded border-l-8 border-amber-700 bg-amber-50 p-3">
            The patient’s details have changed since this screening: now recorded as {current.fullName}, born{" "}
            <CalendarDate iso={current.dateOfBirth} />, sex at birth {sexAtBirthLabel(current.sexAtBirth).toLowerCase()}
            {current.medicalRecordNumber ? `, record ${current.medicalRecordNumber}` : ""}. This screening shows the
            details as they were recorded when it was taken.
          </p>
        )}
        <p className="mt-3">
          <Link href={`/screenings/new?patientId=${encodeURIComponent(current.id)}`} className="text-blue-800 underline">
            New screening for this patient
          </Link>{" "}
          <Link href={`/patients/${encodeURIComponent(current.id)}`} className="ml-4 text-blue-800 underline">Patient history</Link>
        </p>
      </Panel>

      <Panel title="Vital signs">
        <VitalsList vitals={input.vitals} />
      </Panel>

      <Panel title="Allergies, medicines and conditions">
        <RecordedFacts input={input} />
      </Panel>

      <Panel title="Questionnaires">
        <QuestionnaireScores mentalHealth={input.mentalHealth} />
      </Panel>

      {input.notes && (
        <Panel title="Notes">
          <p className="whitespace-pre-wrap">{input.notes}</p>
        </Panel>
      )}

      <p className="text-sm text-slate-700">
        Assessed with rules version <span className="font-mono">{screening.rulesVersion}</span>.
      </p>
    </div>
  );
}
