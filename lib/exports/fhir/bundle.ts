/**
 * One screening as a FHIR R4 Bundle of type `collection`: the Patient as recorded at the screening, the
 * Questionnaire version it was recorded under, its QuestionnaireResponse, the Observations, AllergyIntolerances,
 * one RiskAssessment per stored flag, and a Provenance for the signature once signed. Entries are addressed by
 * `urn:uuid:` fullUrls derived from the screening id (./resource-ids.ts) and refer to each other by them, so the
 * same screening always exports the same bundle apart from its timestamp.
 */
import type { Bundle, BundleEntry, Reference, Resource } from "@medplum/fhirtypes";

import { screeningAllergies } from "./allergies";
import { appSystems } from "./codes";
import type { ExportableScreening } from "./exportable-screening";
import { screeningObservations } from "./observations";
import { screeningPatient } from "./patient";
import { signatureProvenance } from "./provenance";
import { questionnaireVersionOf, screeningQuestionnaire, screeningQuestionnaireResponse } from "./questionnaire";
import { entryUrl } from "./resource-ids";
import { flagRiskAssessment, type BasisRole } from "./risk-assessments";

export interface ScreeningBundleOptions {
  /** The app's public address (e.g. https://screening.example.org): the root of its code and identifier systems. */
  readonly baseUrl: string;
  readonly generatedAt: Date;
}

export function screeningBundle(screening: ExportableScreening, options: ScreeningBundleOptions): Bundle {
  const systems = appSystems(options.baseUrl);
  const entries: BundleEntry[] = [];
  const add = <T extends Resource>(role: string, resource: T): Reference<T> => {
    const fullUrl = entryUrl(screening.id, role);
    entries.push({ fullUrl, resource });
    return { reference: fullUrl, type: resource.resourceType };
  };
  const { input, createdAt } = screening;

  const patient = add("Patient", screeningPatient(systems, input.patient));
  add("Questionnaire", screeningQuestionnaire(systems, questionnaireVersionOf(input)));
  const response = add("QuestionnaireResponse", screeningQuestionnaireResponse(systems, input, { subject: patient, authored: createdAt }));

  const observationRefs = new Map<string, Reference>();
  for (const [role, observation] of screeningObservations(input, { subject: patient, effective: createdAt, questionnaireResponse: response })) {
    observationRefs.set(role, add(`Observation/${role}`, observation));
  }
  const allergyRefs = new Map<string, Reference>();
  for (const [role, allergy] of screeningAllergies(input, { patient, recorded: createdAt })) {
    allergyRefs.set(role, add(`AllergyIntolerance/${role}`, allergy));
  }

  const basisReference = (role: BasisRole) => ("observation" in role ? observationRefs.get(role.observation) : allergyRefs.get(role.allergy));
  const riskAssessments = screening.flags.map((flag) =>
    add(
      `RiskAssessment/${flag.id}`,
      flagRiskAssessment(systems, flag, {
        subject: patient,
        occurrence: createdAt,
        rulesVersion: screening.rulesVersion,
        questionnaireResponse: response,
        basisReference,
      }),
    ),
  );
  if (screening.signature !== null) {
    add("Provenance/signature", signatureProvenance(systems, screening.signature, [response, ...riskAssessments]));
  }

  return {
    resourceType: "Bundle",
    identifier: { system: systems.screeningExport, value: `${screening.id}/${screening.versions.version}` },
    type: "collection",
    timestamp: options.generatedAt.toISOString(),
    entry: entries,
  };
}
