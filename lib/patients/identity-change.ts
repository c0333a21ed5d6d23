/**
 * What would change in a patient's identity if a screening's submitted identity replaced the stored one. Pure:
 * the data layer uses it to refuse a silent overwrite, the form to show "old → new", the result page to say that
 * the patient's details have changed since a screening.
 *
 * Decisions (the hazard is "a patient filed under the wrong record" or renamed by mistake):
 * - Full names are compared as a person reads them: ends trimmed, runs of white space as one space, Unicode
 *   composed (NFC), so an invisible difference never asks for a confirmation nobody could understand.
 * - A change of letter case DOES count ("Mcdonald" → "McDonald"): the stored name is what every later page
 *   prints, so a case correction changes the record and is confirmed and audited like any other.
 * - A blank submitted record number keeps the stored one (identifiers are only ever replaced, never erased), so it
 *   is no change; a record number given where none was stored is one.
 */
/** The identity fields of a patient, in the order they are shown. */
export const IDENTITY_FIELDS = ["fullName", "dateOfBirth", "sexAtBirth", "medicalRecordNumber"] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export const IDENTITY_FIELD_LABELS: Readonly<Record<IdentityField, string>> = {
  fullName: "Full name",
  dateOfBirth: "Date of birth",
  sexAtBirth: "Sex at birth",
  medicalRecordNumber: "Medical record number",
};

export interface PatientIdentity {
  readonly fullName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  /** One of `SEX_AT_BIRTH` (lib/screening/options.ts); a plain string, as the Patient row stores it. */
  readonly sexAtBirth: string;
  /** null or absent: none recorded. */
  readonly medicalRecordNumber?: string | null;
}

/** One changed field: `from` is null only for a record number where none was stored. */
export interface IdentityFieldChange {
  readonly field: IdentityField;
  readonly from: string | null;
  readonly to: string;
}

/** A name as a person reads it on a page. */
export function displayedName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ");
}

/**
 * The fields that differ between the stored identity and the submitted one, each listed once, in
 * `IDENTITY_FIELDS` order; empty when nothing would change.
 */
export function identityChange(stored: PatientIdentity, submitted: PatientIdentity): IdentityFieldChange[] {
  const changes: IdentityFieldChange[] = [];
  if (displayedName(stored.fullName) !== displayedName(submitted.fullName)) {
    changes.push({ field: "fullName", from: stored.fullName, to: submitted.fullName });
  }
  if (stored.dateOfBirth !== submitted.dateOfBirth) {
    changes.push({ field: "dateOfBirth", from: stored.dateOfBirth, to: submitted.dateOfBirth });
  }
  if (stored.sexAtBirth !== submitted.sexAtBirth) {
    changes.push({ field: "sexAtBirth", from: stored.sexAtBirth, to: submitted.sexAtBirth });
  }
  const storedNumber = stored.medicalRecordNumber ?? null;
  const submittedNumber = submitted.medicalRecordNumber?.trim() || null;
  if (submittedNumber !== null && submittedNumber !== storedNumber) {
    changes.push({ field: "medicalRecordNumber", from: storedNumber, to: submittedNumber });
  }
  return changes;
}

/**
 * True when the clinician confirmed exactly this change: the same fields, from the same stored values, to the same
 * submitted ones. A confirmation of another change (the record was edited by someone else in between, or the
 * clinician changed the form after confirming) does not count, so the server asks again instead of overwriting.
 */
export function confirmsChange(confirmed: readonly IdentityFieldChange[] | undefined, change: readonly IdentityFieldChange[]): boolean {
  if (confirmed === undefined || confirmed.length !== change.length) return false;
  return change.every((expected, index) => {
    const given = confirmed[index];
    return given !== undefined && given.field === expected.field && given.from === expected.from && given.to === expected.to;
  });
}

/** The audit detail of a confirmed change: the changed fields' names only, never their values. */
export function changedFieldNames(change: readonly IdentityFieldChange[]): string {
  return change.map(({ field }) => field).join(",");
}
