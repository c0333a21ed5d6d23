import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { amendmentFormState } from "@/components/screening-form/amendment-form-state";
import { ScreeningForm } from "@/components/screening-form/screening-form";
import { getScreening } from "@/lib/db/get-screening.server";
import type { ScreeningDetail } from "@/lib/db/types";
import { SEX_AT_BIRTH } from "@/lib/screening/options";
import type { ScreeningInput } from "@/lib/screening/schema";
import { actorFor } from "@/lib/server/request-context.server";
import { requireUser } from "@/lib/server/require-user.server";

import { saveScreeningAction } from "../../new/actions";

// No patient name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Amend screening" };

/**
 * The patient as recorded now: the amendment is filed under them, and their identity is edited (and confirmed)
 * as on any repeat screening. A sex at birth outside today's vocabulary keeps the one this version recorded.
 */
function identityNow(screening: ScreeningDetail): ScreeningInput["patient"] {
  const { patient, input } = screening;
  return {
    fullName: patient.fullName,
    dateOfBirth: patient.dateOfBirth,
    medicalRecordNumber: patient.medicalRecordNumber ?? undefined,
    sexAtBirth: SEX_AT_BIRTH.find((sex) => sex === patient.sexAtBirth) ?? input.patient.sexAtBirth,
  };
}

function NotAmendable({ screening }: { screening: ScreeningDetail }) {
  const { version, amendedById } = screening.versions;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">This screening cannot be amended</h1>
      {amendedById ? (
        <p className="rounded-lg border-l-8 border-amber-700 bg-white p-4">
          Version {version} was already replaced by version {version + 1}: only the latest version can be amended.{" "}
          <Link href={`/screenings/${amendedById}`} className="text-blue-800 underline">
            Open version {version + 1}
          </Link>
        </p>
      ) : (
        <p className="rounded-lg border-l-8 border-amber-700 bg-white p-4">
          Version {version} is awaiting review: it is not signed, so it is reviewed and signed rather than amended.{" "}
          <Link href={`/screenings/${screening.id}`} className="text-blue-800 underline">
            Open version {version}
          </Link>
        </p>
      )}
    </div>
  );
}

export default async function AmendScreeningPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("clinician", "screenings/[id]/amend");
  const { id } = await params;
  const screening = await getScreening(await actorFor(user), id);
  if (!screening) notFound();
  if (screening.status !== "signed") return <NotAmendable screening={screening} />;

  const { version } = screening.versions;
  // A new id per page load, as on the new-screening form: a retry from this page files one amendment only.
  const state = amendmentFormState(randomUUID(), { id: screening.id, patientId: screening.patient.id, input: screening.input }, identityNow(screening));

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link href={`/screenings/${screening.id}`} className="text-blue-800 underline">
            Version {version}
          </Link>{" "}
          / Amend
        </p>
        <h1 className="mt-2 text-2xl font-semibold">Amend screening: version {version + 1}</h1>
        <p className="mt-2 text-slate-700">
          The answers of signed version {version} are filled in: correct what was wrong and say why. Saving makes
          version {version + 1}, assessed with today&apos;s rules and awaiting review; decisions and the sign-off are not
          carried over, so it is reviewed and signed afresh. Version {version} stays readable as it was. Nothing is kept
          as a draft while you amend.
        </p>
      </div>

      <ScreeningForm saveScreening={saveScreeningAction} patientId={screening.patient.id} amending={state} />
    </div>
  );
}
