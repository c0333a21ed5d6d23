/**
 * Synthetic patients for the benchmarks: generated names (several scripts and diacritics, double-barrelled
 * surnames, a few names with no ASCII letter), birth dates and record numbers, from a seeded generator.
 */
export const FIRST = ["Anna", "Ben", "Chloé", "David", "Eleanor", "Fatima", "George", "Hannah", "Ivan", "Jun", "Karl", "Léa", "Mohammed", "Nora", "Oliver", "Priya", "Quentin", "Rosa", "Sven", "Zoë"];
export const LAST = ["Smith", "Jones", "Müller", "O'Brien", "García", "Nguyen", "Kowalski", "Andersson", "Dubois", "Rossi", "Khan", "Okafor", "Tanaka", "Łukasiewicz", "Fernández", "Brown", "Wilson", "Taylor", "Schröder", "Larsen"];
/** A few names with no ASCII letter at all: the database folds none of their letters, so the search text must. */
export const GREEK = ["Σοφία Παπαδοπούλου", "Γιώργος Οικονόμου", "Ελένη Νικολάου"];

export const recordNumber = (n: number) => `MRN-${String(n).padStart(6, "0")}`;

export interface SyntheticPatient {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly medicalRecordNumber: string | null;
  readonly sexAtBirth: "female" | "male";
}

/** Patient number `n`, drawing from `next` (a seeded generator: the same calls give the same patients). */
export function syntheticPatient(next: () => number, n: number): SyntheticPatient {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const fullName = n % 500 === 0 ? pick(GREEK) : `${pick(FIRST)} ${pick(LAST)}${n % 7 === 0 ? `-${pick(LAST)}` : ""}`;
  const year = 1930 + Math.floor(next() * 80);
  const dateOfBirth = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
  // One in ten without a record number, as for a patient first seen elsewhere.
  const medicalRecordNumber = n % 10 === 3 ? null : recordNumber(n);
  return { fullName, dateOfBirth, medicalRecordNumber, sexAtBirth: n % 2 === 0 ? "female" : "male" };
}

/** What clinicians type into the patient search, by kind, over patients numbered 1 to `patients`. */
export function patientQueryKinds(next: () => number, patients: number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return {
    "exact record number": () => recordNumber(1 + Math.floor(next() * patients)).toLowerCase(),
    "record number prefix": () => recordNumber(1 + Math.floor(next() * patients)).slice(0, 8),
    "surname prefix": () => pick(LAST).slice(0, 3),
    "full name": () => `${pick(FIRST)} ${pick(LAST)}`.toUpperCase(),
    "name fragment": () => pick(["ers", "an", "ch", "ssi", "ill"]),
    "no match": () => `zq${Math.floor(next() * 1000)}x`,
    "no ASCII letter": () => pick(["σοφ", "οικον", "ελέ"]),
  } as const;
}
