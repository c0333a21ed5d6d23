import "server-only";

import { requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import type { Actor, PatientSummary } from "./types";

/**
 * One patient's identity (name, birth date, record number), or null for an unknown id: what the new-screening
 * page names when a screening is to be filed under a chosen patient. Not audited on its own: the page reads it
 * with the patient's pre-fill, whose read is recorded (`patient-prefill-read`).
 */
export async function getPatientSummary(actor: Actor, patientId: string): Promise<PatientSummary | null> {
  requirePersonActor(actor);
  const db = await getDb();
  return db.patient.findUnique({
    where: { id: patientId },
    select: { id: true, fullName: true, dateOfBirth: true, medicalRecordNumber: true },
  });
}
