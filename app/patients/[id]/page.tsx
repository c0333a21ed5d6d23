import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DateOfBirth } from "@/components/dates";
import { FlagChanges } from "@/components/patient-history/flag-changes";
import { ScoresFigure, VitalsFigure } from "@/components/patient-history/history-figures";
import { ScreeningsTimeline } from "@/components/patient-history/screenings-timeline";
import { getPatientHistory } from "@/lib/db/get-patient-history.server";
import { flagChanges, visitsOf } from "@/lib/patients/history";
import { todayIsoDate } from "@/lib/screening/calendar-date";
import { sexAtBirthLabel } from "@/lib/screening/options";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";

// No patient name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Patient history" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function PatientHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("clinician", "patients/[id]");
  const { id } = await params;
  const history = await getPatientHistory(await actorFor(user), id);
  if (!history) notFound();

  const { patient, screenings } = history;
  const visits = visitsOf(screenings);
  const replaced = screenings.length - visits.length;

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-700">
          <Link href="/screenings" className="text-blue-800 underline">
            Screenings
          </Link>{" "}
          / Patient history
        </p>
        <h1 className="mt-2 text-2xl font-semibold">Patient history</h1>
        {/* The identity as recorded now; each screening keeps the one it was taken with (its result page shows it). */}
        <p className="mt-1 text-lg font-medium text-slate-900">
          {patient.fullName}, born <DateOfBirth iso={patient.dateOfBirth} on={todayIsoDate()} />
          {patient.medicalRecordNumber ? `, record ${patient.medicalRecordNumber}` : ""}, sex at birth{" "}
          {sexAtBirthLabel(patient.sexAtBirth).toLowerCase()}
        </p>
        <p className="mt-2">
          <Link href={`/screenings/new?patientId=${encodeURIComponent(patient.id)}`} className="text-blue-800 underline">
            New screening for this patient
          </Link>
        </p>
      </div>

      <Section id="screenings-title" title={`Screenings (${screenings.length})`}>
        {screenings.length === 0 ? (
          <p className="text-slate-800">No screening is filed under this patient.</p>
        ) : (
          <>
            <ScreeningsTimeline screenings={screenings} />
            {replaced > 0 && (
              <p className="text-slate-800">
                An amended screening and its amendment record the same visit: the charts and the flag changes below
                use each visit once, as last amended, at the time it was first recorded.
              </p>
            )}
          </>
        )}
      </Section>

      {visits.length > 0 && (
        <Section id="measures-title" title="Measurements over time">
          <VitalsFigure visits={visits} />
          <ScoresFigure visits={visits} />
        </Section>
      )}

      {visits.length > 0 && (
        <Section id="flag-changes-title" title="How flags changed">
          <FlagChanges changes={flagChanges(visits)} />
        </Section>
      )}
    </div>
  );
}
