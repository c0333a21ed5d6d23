/**
 * The FHIR R4 export of one screening (lib/exports/fhir): every resource of every bundle validated against the
 * R4 base StructureDefinitions, references resolved inside the bundle, the LOINC codes and UCUM units exact,
 * nothing exported that was not recorded (no total for a partial questionnaire, no question an earlier form did
 * not ask), and the review and signature carried over word for word.
 */
import type {
  AllergyIntolerance,
  Bundle,
  Observation,
  Provenance,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  Resource,
  RiskAssessment,
} from "@medplum/fhirtypes";
import { describe, expect, expectTypeOf, it } from "vitest";

import type { ScreeningDetail } from "@/lib/db/types";
import { screeningBundle } from "@/lib/exports/fhir/bundle";
import type { ExportableScreening } from "@/lib/exports/fhir/exportable-screening";
import { markdownText } from "@/lib/exports/fhir/markdown";
import { FLAG_DECISION_LABELS, OUTCOME_LABELS } from "@/lib/review/decisions";
import { SEX_AT_BIRTH } from "@/lib/screening/options";
import { referenceProblems } from "@/tests/support/fhir-bundle-checks";
import { requiredBindingProblems } from "@/tests/support/fhir-required-bindings";
import { FhirValidationError, requireValidR4 } from "@/tests/support/fhir-validator";
import { HIGH_RISK_INPUT } from "@/tests/support/high-risk-screening";
import { gad7WithTotal } from "@/tests/support/item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";
import {
  makeEarlierReleaseScreeningDetail,
  makeScreeningDetail,
  makeSignedScreeningDetail,
  REVIEWER,
  SCREENED_AT,
} from "@/tests/support/screening-detail-factory";

const BASE_URL = "https://screening.example.org";
const GENERATED_AT = new Date("2026-11-26T12:00:00.000Z");
const OPTIONS = { baseUrl: BASE_URL, generatedAt: GENERATED_AT };
const Q_URL = `${BASE_URL}/fhir/Questionnaire/ketamine-pre-treatment-screening`;


const PARTIAL_INPUT = makeScreeningInput({
  mentalHealth: { ...BASELINE_SCREENING.mentalHealth, phq9Items: [1, 2, null, 0, 1, null, 0, 0, 0], gad7Items: gad7WithTotal(4) },
});

const SCREENINGS = {
  unsigned: makeScreeningDetail(HIGH_RISK_INPUT, { id: "screening-unsigned" }),
  signed: makeSignedScreeningDetail(HIGH_RISK_INPUT, "cleared-with-precautions", { id: "screening-signed", version: 2 }),
  earlier: makeEarlierReleaseScreeningDetail(),
  partial: makeScreeningDetail(PARTIAL_INPUT, { id: "screening-partial" }),
} satisfies Record<string, ScreeningDetail>;

const BUNDLES = Object.fromEntries(Object.entries(SCREENINGS).map(([name, screening]) => [name, screeningBundle(screening, OPTIONS)])) as Record<
  keyof typeof SCREENINGS,
  Bundle
>;

function resources<T extends Resource>(bundle: Bundle, type: T["resourceType"]): T[] {
  return (bundle.entry ?? []).map((entry) => entry.resource as Resource).filter((resource): resource is T => resource.resourceType === type);
}
function only<T extends Resource>(bundle: Bundle, type: T["resourceType"]): T {
  const found = resources<T>(bundle, type);
  expect(found).toHaveLength(1);
  return found[0] as T;
}
function observation(bundle: Bundle, loinc: string): Observation | undefined {
  return resources<Observation>(bundle, "Observation").find((o) => o.code.coding?.some((c) => c.system === "http://loinc.org" && c.code === loinc));
}
const fullUrlOf = (bundle: Bundle, resource: Resource) => bundle.entry?.find((entry) => entry.resource === resource)?.fullUrl;
const answersOf = (response: QuestionnaireResponse, linkId: string) => response.item?.find((item) => item.linkId === linkId)?.answer;
const ucum = (value: number, code: string, unit: string) => ({ value, unit, system: "http://unitsofmeasure.org", code });

describe.each(Object.keys(BUNDLES) as (keyof typeof BUNDLES)[])("the %s screening's bundle", (name) => {
  const bundle = BUNDLES[name];

  it("is valid FHIR R4, and so is every resource in it", () => {
    expect(() => requireValidR4(bundle)).not.toThrow();
    for (const entry of bundle.entry ?? []) expect(() => requireValidR4(entry.resource as Resource), entry.fullUrl).not.toThrow();
  });

  it("uses only codes of the value sets R4 binds as required", () => {
    expect(requiredBindingProblems(bundle)).toEqual([]);
  });

  it("refers only to its own entries, each of a type the referring element allows", () => {
    expect(referenceProblems(bundle)).toEqual([]);
  });

  it("addresses each entry by its own version 5 urn:uuid", () => {
    const urls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is a collection stamped with when it was generated and identified by the screening and its version", () => {
    const screening = SCREENINGS[name];
    expect(bundle).toMatchObject({
      resourceType: "Bundle",
      type: "collection",
      timestamp: GENERATED_AT.toISOString(),
      identifier: { system: `${BASE_URL}/fhir/screening-export`, value: `${screening.id}/${screening.versions.version}` },
    });
  });

  it("has one RiskAssessment per stored flag, in the stored order, and a Provenance only when signed", () => {
    const screening = SCREENINGS[name];
    expect(resources<RiskAssessment>(bundle, "RiskAssessment").map((risk) => risk.code?.coding?.[0]?.code)).toEqual(screening.flags.map((flag) => flag.ruleId));
    expect(resources(bundle, "Provenance")).toHaveLength(screening.signature === null ? 0 : 1);
  });

  it("answers only questions of the Questionnaire version it names, each with an answer of the item's type and options", () => {
    const questionnaire = only<Questionnaire>(bundle, "Questionnaire");
    const response = only<QuestionnaireResponse>(bundle, "QuestionnaireResponse");
    expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
    const items = new Map((questionnaire.item ?? []).map((item) => [item.linkId, item]));
    expect(items.size).toBe(questionnaire.item?.length);
    for (const answered of response.item ?? []) {
      const item = items.get(answered.linkId) as QuestionnaireItem;
      expect(item, answered.linkId).toBeDefined();
      expect(answered.answer?.length).toBeGreaterThan(0);
      if (!item.repeats) expect(answered.answer, answered.linkId).toHaveLength(1);
      for (const answer of answered.answer ?? []) {
        const [key, ...others] = Object.keys(answer);
        expect(others).toEqual([]);
        expect(key, answered.linkId).toBe(ANSWER_KEY[item.type]);
        if (item.type === "choice") expect(item.answerOption?.map((option) => option.valueCoding)).toContainEqual(answer.valueCoding);
      }
    }
  });
});

const ANSWER_KEY: Partial<Record<QuestionnaireItem["type"], string>> = {
  integer: "valueInteger",
  decimal: "valueDecimal",
  boolean: "valueBoolean",
  date: "valueDate",
  string: "valueString",
  text: "valueString",
  choice: "valueCoding",
};

describe("the validator in these tests", () => {
  const valid = observation(BUNDLES.unsigned, "8867-4") as Observation;

  it("accepts the exported heart rate as it is", () => {
    expect(() => requireValidR4(valid)).not.toThrow();
  });

  it("refuses a resource missing a required element, naming it", () => {
    const withoutStatus: Partial<Observation> = { ...valid };
    delete withoutStatus.status;
    expect(() => requireValidR4(withoutStatus as Observation)).toThrow(FhirValidationError);
    expect(() => requireValidR4(withoutStatus as Observation)).toThrow(/Observation\.status/);
  });

  it("refuses an element R4 does not define and a broken invariant", () => {
    expect(() => requireValidR4({ ...valid, valueQuantity: undefined, result: "high" } as Observation)).toThrow(/Observation\.result/);
    const response = only<QuestionnaireResponse>(BUNDLES.unsigned, "QuestionnaireResponse");
    const [first] = response.item ?? [];
    // qrs-1: an item holds answers or nested items, never both.
    const broken = { ...response, item: [{ ...first, item: [{ linkId: "nested" }] }] } as QuestionnaireResponse;
    expect(() => requireValidR4(broken)).toThrow(/qrs-1/);
  });
});

describe("the required-binding check in these tests", () => {
  it("finds a code outside its required value set anywhere in a bundle, given as a code or a CodeableConcept", () => {
    const broken = structuredClone(BUNDLES.unsigned);
    const resourceOf = (type: string) => broken.entry?.find((entry) => entry.resource?.resourceType === type)?.resource as unknown;
    (resourceOf("Observation") as { status: string }).status = "done";
    ((resourceOf("Questionnaire") as { item: { type: string }[] }).item[0] as { type: string }).type = "free-text";
    (resourceOf("AllergyIntolerance") as { clinicalStatus: unknown }).clinicalStatus = {
      coding: [{ system: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", code: "current" }],
    };
    expect(requiredBindingProblems(broken)).toEqual([
      expect.stringMatching(/^Questionnaire\.item\.type: "free-text" is not in the required value set http:\/\/hl7\.org\/fhir\/ValueSet\/item-type$/),
      expect.stringMatching(/^Observation\.status: "done" is not in the required value set/),
      expect.stringMatching(/^AllergyIntolerance\.clinicalStatus: .* is not in the required value set/),
    ]);
  });
});

describe("the Patient", () => {
  it("is the patient as recorded at the screening, with the record number under the app's identifier system", () => {
    expect(only(BUNDLES.unsigned, "Patient")).toEqual({
      resourceType: "Patient",
      identifier: [
        {
          use: "usual",
          type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "MR", display: "Medical record number" }] },
          system: `${BASE_URL}/fhir/medical-record-number`,
          value: "MRN-1001",
        },
      ],
      name: [{ text: "Ada Example" }],
      gender: "other",
      birthDate: "1979-03-08",
    });
  });

  it("maps each sex at birth to an administrative gender R4 defines", () => {
    const genders = SEX_AT_BIRTH.map((sexAtBirth) => {
      const input = makeScreeningInput({ patient: { sexAtBirth }, pregnancy: "not-applicable", breastfeeding: "not-applicable" });
      return only<{ resourceType: "Patient"; gender?: string } & Resource>(screeningBundle(makeScreeningDetail(input), OPTIONS), "Patient").gender;
    });
    expect(Object.fromEntries(SEX_AT_BIRTH.map((sex, index) => [sex, genders[index]]))).toEqual({
      female: "female",
      male: "male",
      intersex: "other",
      unknown: "unknown",
    });
  });

  it("has no identifier when no record number was recorded", () => {
    expect(only(BUNDLES.partial, "Patient")).not.toHaveProperty("identifier");
  });
});

describe("the Observations", () => {
  const bundle = BUNDLES.unsigned;
  const patientUrl = fullUrlOf(bundle, only(bundle, "Patient"));
  const responseUrl = fullUrlOf(bundle, only(bundle, "QuestionnaireResponse"));
  const VITAL_SIGNS = [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs", display: "Vital Signs" }] }];
  const SURVEY = [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] }];

  it("give blood pressure as the LOINC panel with systolic and diastolic components in mm[Hg]", () => {
    const bp = observation(bundle, "85354-9");
    expect(bp).toMatchObject({
      status: "final",
      category: VITAL_SIGNS,
      subject: { reference: patientUrl, type: "Patient" },
      effectiveDateTime: SCREENED_AT.toISOString(),
    });
    expect(bp?.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity])).toEqual([
      ["8480-6", ucum(152, "mm[Hg]", "mmHg")],
      ["8462-4", ucum(94, "mm[Hg]", "mmHg")],
    ]);
    expect(bp).not.toHaveProperty("valueQuantity");
  });

  it("give heart rate, oxygen saturation, weight and height with their LOINC codes and UCUM units", () => {
    const expected: [string, ReturnType<typeof ucum>][] = [
      ["8867-4", ucum(108, "/min", "beats/minute")],
      ["59408-5", ucum(95, "%", "%")],
      ["29463-7", ucum(82.5, "kg", "kg")],
      ["8302-2", ucum(176, "cm", "cm")],
    ];
    for (const [loinc, quantity] of expected) {
      expect(observation(bundle, loinc), loinc).toMatchObject({ status: "final", category: VITAL_SIGNS, valueQuantity: quantity, subject: { reference: patientUrl } });
    }
  });

  it("give complete PHQ-9 and GAD-7 totals as survey observations with their band, derived from the answers", () => {
    expect(observation(bundle, "44261-6")).toMatchObject({
      category: SURVEY,
      valueInteger: 16,
      interpretation: [{ text: "Moderately severe depression (PHQ-9 severity band, Kroenke et al. 2001)" }],
      derivedFrom: [{ reference: responseUrl, type: "QuestionnaireResponse" }],
    });
    expect(observation(bundle, "70274-6")).toMatchObject({
      category: SURVEY,
      valueInteger: 12,
      interpretation: [{ text: "Moderate anxiety (GAD-7 severity band, Spitzer et al. 2006)" }],
    });
  });

  it("give no PHQ-9 total for a partly answered PHQ-9, and only its answered items", () => {
    expect(observation(BUNDLES.partial, "44261-6")).toBeUndefined();
    expect(observation(BUNDLES.partial, "70274-6")).toMatchObject({ valueInteger: 4 });
    const response = only<QuestionnaireResponse>(BUNDLES.partial, "QuestionnaireResponse");
    const phq9 = (response.item ?? []).filter((item) => item.linkId.startsWith("mentalHealth.phq9Items."));
    expect(phq9.map((item) => [item.linkId, item.answer?.[0]?.valueCoding?.code])).toEqual([
      ["mentalHealth.phq9Items.1", "1"],
      ["mentalHealth.phq9Items.2", "2"],
      ["mentalHealth.phq9Items.4", "0"],
      ["mentalHealth.phq9Items.5", "1"],
      ["mentalHealth.phq9Items.7", "0"],
      ["mentalHealth.phq9Items.8", "0"],
      ["mentalHealth.phq9Items.9", "0"],
    ]);
  });

  it("leave out what was not measured", () => {
    for (const loinc of ["59408-5", "8302-2"]) expect(observation(BUNDLES.partial, loinc)).toBeUndefined();
    for (const loinc of ["29463-7", "59408-5"]) expect(observation(BUNDLES.earlier, loinc)).toBeUndefined();
  });
});

describe("the Questionnaire and its response", () => {
  it("name the form version the screening was recorded under, by canonical URL and version", () => {
    expect(only<Questionnaire>(BUNDLES.unsigned, "Questionnaire")).toMatchObject({ url: Q_URL, version: "2026-11-25.2", status: "active" });
    expect(only<Questionnaire>(BUNDLES.earlier, "Questionnaire")).toMatchObject({ url: Q_URL, version: "2026-11-25.1", status: "active" });
    expect(only<QuestionnaireResponse>(BUNDLES.earlier, "QuestionnaireResponse").questionnaire).toBe(`${Q_URL}|2026-11-25.1`);
  });

  it("do not ask or answer, under the 2026-11-25 form, the questions added after it", () => {
    const added = /^(vitals\.weightKg|vitals\.heightCm|allergies\.|otherMedicines|conditions\.|substanceUse\.priorKetamineReaction|breastfeeding)/;
    const earlierItems = (only<Questionnaire>(BUNDLES.earlier, "Questionnaire").item ?? []).map((item) => item.linkId);
    const currentItems = (only<Questionnaire>(BUNDLES.unsigned, "Questionnaire").item ?? []).map((item) => item.linkId);
    expect(earlierItems.filter((linkId) => added.test(linkId))).toEqual([]);
    expect(currentItems.filter((linkId) => added.test(linkId))).toHaveLength(11);
    expect(currentItems.filter((linkId) => !added.test(linkId))).toEqual(earlierItems);
    expect(resources(BUNDLES.earlier, "AllergyIntolerance")).toEqual([]);
  });

  it("leave out blank notes, which the 2026-11-25 form could store and FHIR cannot hold", () => {
    for (const notes of ["", "   "]) {
      const screening = { ...SCREENINGS.earlier, input: { ...SCREENINGS.earlier.input, notes } };
      const bundle = screeningBundle(screening, OPTIONS);
      expect(answersOf(only<QuestionnaireResponse>(bundle, "QuestionnaireResponse"), "notes")).toBeUndefined();
      for (const entry of bundle.entry ?? []) requireValidR4(entry.resource as Resource);
    }
  });

  it("carry the recorded answers with their types: numbers, yes/no, dates, codes with labels, free text", () => {
    const response = only<QuestionnaireResponse>(BUNDLES.unsigned, "QuestionnaireResponse");
    expect(response).toMatchObject({ status: "completed", authored: SCREENED_AT.toISOString() });
    expect(answersOf(response, "patient.dateOfBirth")).toEqual([{ valueDate: "1979-03-08" }]);
    expect(answersOf(response, "vitals.systolic")).toEqual([{ valueInteger: 152 }]);
    expect(answersOf(response, "vitals.weightKg")).toEqual([{ valueDecimal: 82.5 }]);
    expect(answersOf(response, "allergies.ketamineHypersensitivity")).toEqual([{ valueBoolean: true }]);
    expect(answersOf(response, "allergies.other")).toEqual([{ valueString: "Penicillin" }, { valueString: "Latex" }]);
    expect(answersOf(response, "plannedTreatment.route")).toEqual([
      { valueCoding: { system: `${BASE_URL}/fhir/CodeSystem/route`, code: "intravenous", display: "Intravenous" } },
    ]);
    expect(answersOf(response, "respiratory.conditions")).toEqual([
      { valueCoding: { system: `${BASE_URL}/fhir/CodeSystem/respiratory-condition`, code: "none", display: "None" } },
    ]);
    expect(answersOf(response, "mentalHealth.phq9Items.9")).toEqual([
      { valueCoding: { system: `${BASE_URL}/fhir/CodeSystem/phq-item-response`, code: "1", display: "Several days" } },
    ]);
    expect(answersOf(response, "notes")).toEqual([{ valueString: "Patient asked about driving home." }]);
  });
});

describe("the AllergyIntolerances", () => {
  it("record the ketamine hypersensitivity and each other allergy, active and unconfirmed, for the patient", () => {
    const bundle = BUNDLES.unsigned;
    const patient = { reference: fullUrlOf(bundle, only(bundle, "Patient")), type: "Patient" };
    const allergies = resources<AllergyIntolerance>(bundle, "AllergyIntolerance");
    expect(allergies.map((allergy) => allergy.code?.text)).toEqual(["Ketamine or esketamine", "Penicillin", "Latex"]);
    for (const allergy of allergies) {
      expect(allergy).toMatchObject({
        clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", code: "active" }] },
        verificationStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", code: "unconfirmed" }] },
        patient,
        recordedDate: SCREENED_AT.toISOString(),
      });
      expect(allergy.code?.coding).toBeUndefined();
    }
    expect(allergies[0]?.category).toEqual(["medication"]);
  });

  it("are absent when nothing was recorded", () => {
    expect(resources(BUNDLES.partial, "AllergyIntolerance")).toEqual([]);
  });
});

describe("the RiskAssessments", () => {
  const screening = SCREENINGS.signed;
  const bundle = BUNDLES.signed;
  const risks = resources<RiskAssessment>(bundle, "RiskAssessment");
  const responseRef = { reference: fullUrlOf(bundle, only(bundle, "QuestionnaireResponse")), type: "QuestionnaireResponse" };

  it("name the rule, the rules version and the severity in the app's code systems", () => {
    screening.flags.forEach((flag, index) => {
      expect(risks[index]).toMatchObject({
        status: "final",
        code: { coding: [{ system: `${BASE_URL}/fhir/CodeSystem/screening-rule`, code: flag.ruleId }], text: flag.summary },
        method: { coding: [{ system: `${BASE_URL}/fhir/CodeSystem/screening-rules-version`, code: screening.rulesVersion }] },
        occurrenceDateTime: SCREENED_AT.toISOString(),
        prediction: [{ qualitativeRisk: { coding: [{ system: `${BASE_URL}/fhir/CodeSystem/flag-severity`, code: flag.severity }] } }],
      });
    });
  });

  it("quote each flag's reasons and sources word for word", () => {
    screening.flags.forEach((flag, index) => {
      const notes = (risks[index]?.note ?? []).map((note) => note.text);
      for (const reason of flag.reasons) expect(notes).toContain(markdownText(`Reason: ${reason}`));
      for (const source of flag.source) {
        expect(notes).toContain(markdownText(source.kind === "document" ? `Source document: “${source.quote}”` : `Clinical standard: ${source.citation}`));
      }
    });
  });

  it("escape in their notes (markdown in FHIR) what a renderer would turn into emphasis, links or HTML", () => {
    const [flag] = SCREENINGS.unsigned.flags;
    if (flag === undefined) throw new Error("no flag");
    const tricky = { ...flag, reasons: ["Takes *two* <b>doses</b> [daily] #1 of_2 \\ back`tick` & more!"] };
    const risk = only<RiskAssessment>(screeningBundle({ ...SCREENINGS.unsigned, flags: [tricky] }, OPTIONS), "RiskAssessment");
    expect(risk.note?.[0]?.text).toBe("Reason: Takes \\*two\\* \\<b\\>doses\\</b\\> \\[daily\\] \\#1 of\\_2 \\\\ back\\`tick\\` \\& more\\!");
  });

  it("rest on the answers, and on the measurement or allergy the rule reads", () => {
    const basisOf = (ruleId: string) => risks.find((risk) => risk.code?.coding?.[0]?.code === ruleId)?.basis;
    const urlOf = (loinc: string) => fullUrlOf(bundle, observation(bundle, loinc) as Observation);
    expect(basisOf("baseline-bp-elevated")).toEqual([responseRef, { reference: urlOf("85354-9"), type: "Observation" }]);
    expect(basisOf("baseline-tachycardia")).toEqual([responseRef, { reference: urlOf("8867-4"), type: "Observation" }]);
    expect(basisOf("depression-worsening")).toEqual([responseRef, { reference: urlOf("44261-6"), type: "Observation" }]);
    const ketamine = resources<AllergyIntolerance>(bundle, "AllergyIntolerance")[0] as AllergyIntolerance;
    expect(basisOf("ketamine-hypersensitivity")).toEqual([responseRef, { reference: fullUrlOf(bundle, ketamine), type: "AllergyIntolerance" }]);
    for (const risk of risks) expect(risk.basis?.[0]).toEqual(responseRef);
    // No PHQ-9 total on a partial PHQ-9: the flag rests on the answers alone.
    const partial = resources<RiskAssessment>(BUNDLES.partial, "RiskAssessment").find((risk) => risk.code?.coding?.[0]?.code === "depression-worsening");
    expect(partial?.basis ?? []).toHaveLength(partial === undefined ? 0 : 1);
  });

  it("export a flag of a rule retired since, resting on the answers alone", () => {
    const [flag] = SCREENINGS.unsigned.flags;
    if (flag === undefined) throw new Error("no flag");
    // Whatever id a stored flag carries, even one that names an Object.prototype property.
    for (const ruleId of ["bladder-history-2026", "constructor"]) {
      const retired = { ...flag, ruleId } as unknown as (typeof SCREENINGS.unsigned.flags)[number];
      const bundle = screeningBundle({ ...SCREENINGS.unsigned, flags: [retired] }, OPTIONS);
      const risk = only<RiskAssessment>(bundle, "RiskAssessment");
      expect(risk.code?.coding?.[0]?.code).toBe(ruleId);
      expect(risk.basis).toEqual([{ reference: fullUrlOf(bundle, only(bundle, "QuestionnaireResponse")), type: "QuestionnaireResponse" }]);
      requireValidR4(risk);
    }
  });

  it("carry the clinician's decision and note as mitigation, and who recorded it", () => {
    screening.flags.forEach((flag, index) => {
      const risk = risks[index] as RiskAssessment;
      if (flag.decision === null) {
        expect(risk).not.toHaveProperty("mitigation");
      } else {
        expect(risk.mitigation).toBe(`${FLAG_DECISION_LABELS[flag.decision.decision]}: ${flag.decision.note}`);
        expect(risk.note?.map((note) => note.text)).toContain(`Decision recorded by ${REVIEWER}, ${flag.decision.at.toISOString()}`);
      }
      if (flag.discussed !== null) {
        expect(risk.note?.map((note) => note.text)).toContain(`Discussed with the patient, recorded by ${REVIEWER}, ${flag.discussed.at.toISOString()}`);
      }
    });
    expect(screening.flags.filter((flag) => flag.decision !== null).length).toBeGreaterThan(1);
    for (const risk of resources<RiskAssessment>(BUNDLES.unsigned, "RiskAssessment")) expect(risk).not.toHaveProperty("mitigation");
  });
});

describe("the Provenance of the signature", () => {
  it("targets the answers and every risk assessment, with the signer, their role, the time and the outcome", () => {
    const bundle = BUNDLES.signed;
    const signature = SCREENINGS.signed.signature;
    if (signature === null) throw new Error("the signed screening has no signature");
    const targets = [only(bundle, "QuestionnaireResponse"), ...resources(bundle, "RiskAssessment")].map((resource) => ({
      reference: fullUrlOf(bundle, resource),
      type: resource.resourceType,
    }));
    expect(only<Provenance>(bundle, "Provenance")).toEqual({
      resourceType: "Provenance",
      target: targets,
      recorded: signature.at.toISOString(),
      activity: {
        coding: [{ system: `${BASE_URL}/fhir/CodeSystem/review-outcome`, code: "cleared-with-precautions", display: OUTCOME_LABELS["cleared-with-precautions"] }],
        text: "Screening reviewed and signed; outcome: Cleared with precautions",
      },
      agent: [{ who: { display: REVIEWER }, role: [{ text: "clinician" }] }],
      signature: [
        {
          type: [{ system: "urn:iso-astm:E1762-95:2013", code: "1.2.840.10065.1.12.1.5", display: "Verification Signature" }],
          when: signature.at.toISOString(),
          who: { display: REVIEWER },
        },
      ],
    });
  });
});

describe("the export as a whole", () => {
  it("is the same for the same screening apart from its timestamp", () => {
    const again = screeningBundle(structuredClone(SCREENINGS.signed), { baseUrl: BASE_URL, generatedAt: new Date("2027-01-01T00:00:00Z") });
    expect({ ...again, timestamp: undefined }).toEqual({ ...BUNDLES.signed, timestamp: undefined });
    expect(again.timestamp).toBe("2027-01-01T00:00:00.000Z");
  });

  it("gives another screening other entry addresses", () => {
    const other = screeningBundle({ ...SCREENINGS.unsigned, id: "screening-other" }, OPTIONS);
    const urls = new Set(BUNDLES.unsigned.entry?.map((entry) => entry.fullUrl));
    expect(other.entry?.filter((entry) => urls.has(entry.fullUrl))).toEqual([]);
  });

  it("accepts the data-access layer's ScreeningDetail as it is", () => {
    expectTypeOf<ScreeningDetail>().toExtend<ExportableScreening>();
  });

  it("refuses a base URL that cannot root code systems", () => {
    for (const baseUrl of ["", "screening.example.org", "/relative", "ftp://screening.example.org", "https://screening.example.org/?a=1", "https://screening.example.org/#x", "https://user:pw@screening.example.org"]) {
      expect(() => screeningBundle(SCREENINGS.unsigned, { ...OPTIONS, baseUrl }), baseUrl).toThrow(RangeError);
    }
  });

  it("roots the app's systems at the base URL given, with or without a trailing slash", () => {
    const withSlash = screeningBundle(SCREENINGS.unsigned, { ...OPTIONS, baseUrl: `${BASE_URL}/` });
    expect(withSlash).toEqual(BUNDLES.unsigned);
  });
});
