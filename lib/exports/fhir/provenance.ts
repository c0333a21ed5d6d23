/**
 * The clinician's sign-off as a FHIR R4 Provenance over the QuestionnaireResponse and the RiskAssessments: who
 * signed (by name, with their role as it was then), when, and the overall outcome they chose.
 *
 * The Signature element records the act of signing in the app (the clinician re-entered their password); it
 * carries no cryptographic signature data, which R4 allows (Signature.data is 0..1). Its type is ASTM E1762
 * "Verification Signature". The signer appears by display only: the export has no Practitioner resource, and
 * the app's account ids mean nothing to a receiver.
 */
import type { Practitioner, Provenance, Reference } from "@medplum/fhirtypes";

import { OUTCOME_LABELS } from "../../review/decisions";
import { SIGNATURE_TYPE, type AppSystems } from "./codes";
import type { ExportableScreening } from "./exportable-screening";

export function signatureProvenance(
  systems: AppSystems,
  signature: NonNullable<ExportableScreening["signature"]>,
  targets: readonly Reference[],
): Provenance {
  const signer: Reference<Practitioner> = { display: signature.name };
  const when = signature.at.toISOString();
  const outcome = OUTCOME_LABELS[signature.outcome];
  return {
    resourceType: "Provenance",
    target: [...targets],
    recorded: when,
    activity: {
      coding: [{ system: systems.reviewOutcome, code: signature.outcome, display: outcome }],
      text: `Screening reviewed and signed; outcome: ${outcome}`,
    },
    agent: [{ who: signer, role: [{ text: signature.role }] }],
    signature: [
      {
        type: [{ system: SIGNATURE_TYPE, code: "1.2.840.10065.1.12.1.5", display: "Verification Signature" }],
        when,
        who: signer,
      },
    ],
  };
}
