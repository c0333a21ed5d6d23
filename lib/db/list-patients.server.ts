import "server-only";

import { getDb } from "./client.server";
import { requirePersonActor } from "./audit-actor.server";
import type { Actor, PatientOption } from "./types";

// Sorted here, not in SQL: SQLite sorts text by byte value, PostgreSQL by its collation.
const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Every patient, by name (then date of birth), for the form's patient picker. */
export async function listPatients(actor: Actor): Promise<PatientOption[]> {
  requirePersonActor(actor);
  const db = await getDb();
  const rows = await db.patient.findMany({
    select: { id: true, fullName: true, dateOfBirth: true, medicalRecordNumber: true },
  });
  return rows.sort(
    (a, b) => byName.compare(a.fullName, b.fullName) || a.dateOfBirth.localeCompare(b.dateOfBirth) || a.id.localeCompare(b.id),
  );
}
