import "server-only";

import { recordAuditEvent } from "./record-audit-event.server";
import { actorColumns, requirePersonActor } from "./audit-actor.server";
import { getDb } from "./client.server";
import { parseStoredInput } from "./stored-json.server";
import type { Actor, PatientPrefill } from "./types";

export type { PatientPrefill };

/**
 * What the form pre-fills when a returning patient is chosen: the latest screening's answers, identity from
 * the patient record. Vital signs, PHQ-9 and GAD-7 items, pregnancy, breastfeeding and notes are left out:
 * they are always entered fresh. Null for an unknown patient or one without screenings. A read is recorded in the audit trail.
 */
export async function getPatientPrefill(actor: Actor, patientId: string): Promise<PatientPrefill | null> {
  requirePersonActor(actor);
  const db = await getDb();
  const patient = await db.patient.findUnique({
    where: { id: patientId },
    select: {
      fullName: true,
      dateOfBirth: true,
      medicalRecordNumber: true,
      sexAtBirth: true,
      screenings: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { id: true, input: true, createdAt: true } },
    },
  });
  const latest = patient?.screenings[0];
  if (!patient || !latest) return null;

  const input = parseStoredInput(latest.input, latest.id, latest.createdAt);
  await recordAuditEvent({
    ...actorColumns(actor),
    event: "patient-prefill-read",
    outcome: "success",
    recordType: "screening",
    recordId: latest.id,
    patientId,
    detail: null,
  });
  // Listed field by field, so that a field added to the form later is not pre-filled until someone decides it
  // should be. Left out: vitals (weight and height too), the PHQ-9 and GAD-7 items, pregnancy, breastfeeding and
  // notes (always entered fresh).
  const { depression, anxiety, psychosisHistory, dissociativeDisorder } = input.mentalHealth;
  return {
    patient: {
      fullName: patient.fullName,
      dateOfBirth: patient.dateOfBirth,
      ...(patient.medicalRecordNumber === null ? {} : { medicalRecordNumber: patient.medicalRecordNumber }),
      // The typed value from the validated input; the record's copy is the same string.
      sexAtBirth: input.patient.sexAtBirth,
    },
    plannedTreatment: input.plannedTreatment,
    cardiovascular: input.cardiovascular,
    respiratory: input.respiratory,
    medications: input.medications,
    mentalHealth: { depression, anxiety, psychosisHistory, dissociativeDisorder },
    substanceUse: input.substanceUse,
    urinary: input.urinary,
    cognition: input.cognition,
    other: input.other,
    ...(input.allergies === undefined ? {} : { allergies: input.allergies }),
    ...(input.otherMedicines === undefined ? {} : { otherMedicines: input.otherMedicines }),
    ...(input.conditions === undefined ? {} : { conditions: input.conditions }),
  };
}
