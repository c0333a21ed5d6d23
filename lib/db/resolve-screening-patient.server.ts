import "server-only";

import { patientSearchText } from "@/lib/patients/fold-search-text";
import { confirmsChange, identityChange, type IdentityFieldChange } from "@/lib/patients/identity-change";
import type { ScreeningInput } from "@/lib/screening/schema";

import type { Tx } from "./client.server";

const RECORD_NUMBER_TAKEN = "This record number belongs to another patient";

type Identity = ScreeningInput["patient"];

export type ResolvedPatient =
  | {
      readonly ok: true;
      readonly id: string;
      /** The identity the screening records: what was submitted, with the kept record number filled in. */
      readonly recordedIdentity: Identity;
      /** The confirmed change that was written to the patient; empty when nothing changed. */
      readonly changed: readonly IdentityFieldChange[];
    }
  | { readonly ok: false; readonly fieldErrors: Record<string, string[]> }
  | { readonly ok: false; readonly identityChange: readonly IdentityFieldChange[] };

const IDENTITY_SELECT = { id: true, fullName: true, dateOfBirth: true, sexAtBirth: true, medicalRecordNumber: true } as const;

/**
 * The patient a screening is filed under, inside the screening's transaction.
 *
 * `patientId` names an existing patient. Their identity changes only when the clinician confirmed exactly the
 * change that would be made (lib/patients/identity-change.ts); otherwise nothing is written and the change is
 * returned, to be shown and confirmed. A record number left blank keeps the stored one.
 *
 * Without `patientId`, a known record number finds its patient when name (trimmed, any case) and date of birth
 * match, and that patient is left as stored; otherwise a new patient is created.
 */
export async function resolveScreeningPatient(
  tx: Tx,
  patientId: string | undefined,
  identity: Identity,
  confirmed: readonly IdentityFieldChange[] | undefined,
): Promise<ResolvedPatient> {
  const holder = identity.medicalRecordNumber
    ? await tx.patient.findUnique({
        where: { medicalRecordNumber: identity.medicalRecordNumber },
        select: { id: true, fullName: true, dateOfBirth: true },
      })
    : null;

  if (patientId !== undefined) {
    const chosen = await tx.patient.findUnique({ where: { id: patientId }, select: IDENTITY_SELECT });
    if (!chosen) return { ok: false, fieldErrors: { patientId: ["This patient no longer exists; choose the patient again"] } };
    // Checked before any confirmation: a change that cannot be made is not worth confirming.
    if (holder && holder.id !== chosen.id) return recordNumberTaken();
    const recordedIdentity = { ...identity, medicalRecordNumber: identity.medicalRecordNumber ?? chosen.medicalRecordNumber ?? undefined };
    const change = identityChange(chosen, identity);
    if (change.length === 0) return { ok: true, id: chosen.id, recordedIdentity, changed: [] };
    if (!confirmsChange(confirmed, change)) return { ok: false, identityChange: change };

    // Conditional on the identity read above: a concurrent change committed since (another server, another
    // clinician) makes this match nothing, and the clinician is asked again about the identity as it is now.
    const updated = await tx.patient.updateMany({
      where: { id: chosen.id, fullName: chosen.fullName, dateOfBirth: chosen.dateOfBirth, sexAtBirth: chosen.sexAtBirth, medicalRecordNumber: chosen.medicalRecordNumber },
      data: { ...Object.fromEntries(change.map(({ field, to }) => [field, to])), searchText: searchTextAfter(chosen, change) },
    });
    if (updated.count !== 1) {
      const now = await tx.patient.findUniqueOrThrow({ where: { id: chosen.id }, select: IDENTITY_SELECT });
      return { ok: false, identityChange: identityChange(now, identity) };
    }
    return { ok: true, id: chosen.id, recordedIdentity, changed: change };
  }

  if (holder) {
    return sameName(holder.fullName, identity.fullName) && holder.dateOfBirth === identity.dateOfBirth
      ? { ok: true, id: holder.id, recordedIdentity: identity, changed: [] }
      : recordNumberTaken();
  }

  const created = await tx.patient.create({
    data: {
      fullName: identity.fullName,
      dateOfBirth: identity.dateOfBirth,
      medicalRecordNumber: identity.medicalRecordNumber ?? null,
      sexAtBirth: identity.sexAtBirth,
      searchText: patientSearchText(identity.fullName, identity.medicalRecordNumber ?? null),
    },
    select: { id: true },
  });
  return { ok: true, id: created.id, recordedIdentity: identity, changed: [] };
}

/** The search text of the patient once `change` is written (the update above is conditional on `stored`). */
function searchTextAfter(stored: { fullName: string; medicalRecordNumber: string | null }, change: readonly IdentityFieldChange[]): string {
  const to = (field: "fullName" | "medicalRecordNumber") => change.find((changed) => changed.field === field)?.to;
  return patientSearchText(to("fullName") ?? stored.fullName, to("medicalRecordNumber") ?? stored.medicalRecordNumber);
}

function recordNumberTaken(): ResolvedPatient {
  return { ok: false, fieldErrors: { "patient.medicalRecordNumber": [RECORD_NUMBER_TAKEN] } };
}

/** Compared in JavaScript: SQLite and PostgreSQL disagree on case-insensitive comparison in queries. */
function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().toLocaleLowerCase("en");
  return normal(a) === normal(b);
}
