/**
 * The FHIR Questionnaire asks exactly the questions of the form schema its version names: every answer a
 * screening can record has an item (so a new form field cannot be dropped from the export unnoticed), and the
 * 2026-11-25 version asks exactly what that release's strict schema accepts. The items' structure is pinned per
 * version: receivers keep a response's meaning by canonical|version, so changing it needs a new version.
 */
import { createHash } from "node:crypto";

import type { Questionnaire, QuestionnaireResponse, Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";

import { screeningBundle } from "@/lib/exports/fhir/bundle";
import { appSystems } from "@/lib/exports/fhir/codes";
import { QUESTIONNAIRE_VERSIONS, screeningQuestionnaire, type QuestionnaireVersion } from "@/lib/exports/fhir/questionnaire";
import { GAD7_ITEM_COUNT } from "@/lib/scoring/gad7";
import { PHQ9_ITEM_COUNT } from "@/lib/scoring/phq9";
import { screeningInputSchema } from "@/lib/screening/schema";
import { screeningInputSchemaV20261125AsOf } from "@/lib/screening/schema-2026-11-25";
import { z } from "@/lib/validation/zod";
import { gad7WithTotal, phq9WithTotal } from "@/tests/support/item-scores";
import { BASELINE_SCREENING, makeScreeningInput } from "@/tests/support/screening-factory";
import { makeScreeningDetail } from "@/tests/support/screening-detail-factory";

const SYSTEMS = appSystems("https://screening.example.org");

/** Every optional answer given and every list non-empty: a screening that answers every question. */
const EVERYTHING = screeningInputSchema.parse(
  makeScreeningInput({
    patient: { medicalRecordNumber: "MRN-77" },
    vitals: { systolic: 128, diastolic: 82, heartRate: 76, oxygenSaturation: 97, weightKg: 64.2, heightCm: 168.5 },
    allergies: { ketamineHypersensitivity: false, other: ["Penicillin"] },
    cardiovascular: { conditions: ["stroke"], hypertension: "controlled" },
    respiratory: { conditions: ["asthma"] },
    medications: ["opioid"],
    otherMedicines: ["Sertraline 50 mg"],
    mentalHealth: { ...BASELINE_SCREENING.mentalHealth, phq9Items: phq9WithTotal(7), gad7Items: gad7WithTotal(3) },
    substanceUse: { ...BASELINE_SCREENING.substanceUse, priorKetamineReaction: "Prolonged dissociation" },
    notes: "Everything answered.",
  }),
);

/** Dotted paths of every answer in an input; questionnaire items numbered from 1, other lists whole. */
function answerPaths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) {
    return /(phq9|gad7)Items$/.test(path) ? value.map((_, index) => `${path}.${index + 1}`) : [path];
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => answerPaths(child, path === "" ? key : `${path}.${key}`));
  }
  return [path];
}

/**
 * Every answer path the schema itself defines, read from its shape: a question added to the form, optional or
 * not, shows up here even when no test input answers it.
 */
function schemaPaths(schema: z.ZodType, path = ""): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return schemaPaths(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) => schemaPaths(child, path === "" ? key : `${path}.${key}`));
  }
  const itemCount = { "mentalHealth.phq9Items": PHQ9_ITEM_COUNT, "mentalHealth.gad7Items": GAD7_ITEM_COUNT }[path];
  return itemCount === undefined ? [path] : Array.from({ length: itemCount }, (_, index) => `${path}.${index + 1}`);
}

const linkIds = (version: QuestionnaireVersion) => (screeningQuestionnaire(SYSTEMS, version).item ?? []).map((item) => item.linkId);

describe("the screening Questionnaire", () => {
  it("has an item for every answer of the current form, and no other", () => {
    expect(linkIds(QUESTIONNAIRE_VERSIONS.current).sort()).toEqual(answerPaths(EVERYTHING).sort());
    expect(linkIds(QUESTIONNAIRE_VERSIONS.current).sort()).toEqual(schemaPaths(screeningInputSchema).sort());
  });

  it("answers every item for a screening that answered everything", () => {
    const bundle = screeningBundle(makeScreeningDetail(EVERYTHING), { baseUrl: "https://screening.example.org", generatedAt: new Date() });
    const response = bundle.entry?.map((entry) => entry.resource as Resource).find((r): r is QuestionnaireResponse => r.resourceType === "QuestionnaireResponse");
    expect(response?.item?.map((item) => item.linkId)).toEqual(linkIds(QUESTIONNAIRE_VERSIONS.current));
  });

  it("asks, in its 2026-11-25 version, exactly what that release's strict schema accepts", () => {
    const earlierItems = new Set(linkIds(QUESTIONNAIRE_VERSIONS.before20261125Facts));
    const earlier = structuredClone(EVERYTHING) as Record<string, unknown> & typeof EVERYTHING;
    for (const path of answerPaths(EVERYTHING).filter((path) => !earlierItems.has(path))) {
      const keys = path.split(".");
      let parent: Record<string, unknown> = earlier;
      for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
      delete parent[keys.at(-1) as string];
    }
    for (const section of ["allergies", "conditions"] as const) expect(earlier[section]).toEqual({});
    delete (earlier as Partial<typeof earlier>).allergies;
    delete (earlier as Partial<typeof earlier>).conditions;
    const parsed = screeningInputSchemaV20261125AsOf(() => "2026-11-25").safeParse(earlier);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(answerPaths(parsed.data).sort()).toEqual([...earlierItems].sort());
    expect(schemaPaths(screeningInputSchemaV20261125AsOf(() => "2026-11-25")).sort()).toEqual([...earlierItems].sort());
  });

  it("keeps each published version's items as they were (linkIds, types, repeats, answer codes)", () => {
    const structure = (questionnaire: Questionnaire) =>
      createHash("sha256")
        .update(
          JSON.stringify(
            (questionnaire.item ?? []).map((item) => [item.linkId, item.type, item.repeats ?? false, (item.answerOption ?? []).map((option) => option.valueCoding?.code)]),
          ),
        )
        .digest("hex")
        .slice(0, 16);
    const fingerprints = Object.fromEntries(
      Object.values(QUESTIONNAIRE_VERSIONS).map((version) => [version, structure(screeningQuestionnaire(SYSTEMS, version))]),
    );
    // A failure here means a published version changed: give the changed form a new version instead.
    expect(fingerprints).toEqual({ "2026-11-25.1": "bc4035d22d1d2e83", "2026-11-25.2": "6e2d9efcfda4a9ec" });
  });
});
