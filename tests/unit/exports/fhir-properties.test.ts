/**
 * Over generated screenings (current and 2026-11-25 forms, partial questionnaires, any decisions, signed or
 * not): the bundle is always valid FHIR R4 resource by resource, keeps the required bindings, refers only to its
 * own entries, exports a questionnaire total only for a complete questionnaire, and a Provenance exactly when
 * signed.
 */
import type { Bundle, Observation, Resource } from "@medplum/fhirtypes";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { screeningBundle } from "@/lib/exports/fhir/bundle";
import { hasCurrentFacts, recordedScreeningInputSchemaAsOf } from "@/lib/screening/recorded-input";
import { referenceProblems } from "@/tests/support/fhir-bundle-checks";
import { requiredBindingProblems } from "@/tests/support/fhir-required-bindings";
import { requireValidR4 } from "@/tests/support/fhir-validator";
import { screeningDetailArbitrary } from "@/tests/support/screening-detail-factory";

const OPTIONS = { baseUrl: "https://screening.example.org", generatedAt: new Date("2026-12-01T08:00:00Z") };

const hasLoinc = (bundle: Bundle, loinc: string) =>
  (bundle.entry ?? []).some((entry) => entry.resource?.resourceType === "Observation" && (entry.resource as Observation).code.coding?.some((c) => c.code === loinc));
const count = (bundle: Bundle, type: string) => (bundle.entry ?? []).filter((entry) => entry.resource?.resourceType === type).length;

describe("the FHIR export of any stored screening", () => {
  it("generates screenings the data layer would read back", () => {
    fc.assert(
      fc.property(screeningDetailArbitrary, (screening) => {
        const day = screening.createdAt.toISOString().slice(0, 10);
        const parsed = recordedScreeningInputSchemaAsOf(() => day).safeParse(screening.input);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("is valid R4, self-contained, and exports only what was recorded", () => {
    let earlier = 0;
    fc.assert(
      fc.property(screeningDetailArbitrary, (screening) => {
        const bundle = screeningBundle(screening, OPTIONS);
        requireValidR4(bundle);
        for (const entry of bundle.entry ?? []) requireValidR4(entry.resource as Resource);
        expect(referenceProblems(bundle)).toEqual([]);
        expect(requiredBindingProblems(bundle)).toEqual([]);

        const { phq9Items, gad7Items } = screening.input.mentalHealth;
        const complete = (items: readonly (number | null)[] | undefined) => items !== undefined && items.every((score) => score !== null);
        expect(hasLoinc(bundle, "44261-6")).toBe(complete(phq9Items));
        expect(hasLoinc(bundle, "70274-6")).toBe(complete(gad7Items));
        expect(hasLoinc(bundle, "59408-5")).toBe(screening.input.vitals.oxygenSaturation !== undefined);
        expect(hasLoinc(bundle, "29463-7")).toBe(screening.input.vitals.weightKg !== undefined);
        expect(count(bundle, "Provenance")).toBe(screening.signature === null ? 0 : 1);
        expect(count(bundle, "RiskAssessment")).toBe(screening.flags.length);
        const allergies = screening.input.allergies;
        expect(count(bundle, "AllergyIntolerance")).toBe((allergies?.ketamineHypersensitivity ? 1 : 0) + (allergies?.other.length ?? 0));
        if (!hasCurrentFacts(screening.input)) earlier += 1;
      }),
      { numRuns: 150 },
    );
    // The property must have seen both forms to say anything about both.
    expect(earlier).toBeGreaterThan(10);
  });
});
