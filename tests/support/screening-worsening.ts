/**
 * One-fact worsenings of a screening, for the monotonicity property: "making any single fact worse never
 * lowers any flag's severity". Each worsening returns null when it cannot apply (already at the maximum, or
 * the change would break a schema bound such as diastolic < systolic).
 */
import fc from "fast-check";

import {
  CARDIOVASCULAR_CONDITIONS,
  MEDICATIONS,
  RESPIRATORY_CONDITIONS,
} from "@/lib/screening/options";
import type { ScreeningInput } from "@/lib/screening/schema";

export interface Worsening {
  readonly description: string;
  readonly apply: (input: ScreeningInput) => ScreeningInput | null;
}

/** Each history scale from least to most concerning; values on the same rung are equally concerning. */
const LEVELS = {
  hypertension: [["none"], ["controlled"], ["uncontrolled"]],
  depression: [["none"], ["past"], ["current"]],
  anxiety: [["none"], ["past"], ["current"]],
  disorder: [["none"], ["past"], ["current"]],
  ketamineUse: [["never", "medical"], ["occasional-non-medical"], ["regular-non-medical"]],
  alcohol: [["none"], ["moderate"], ["heavy"]],
  pregnancy: [["not-applicable", "not-pregnant"], ["unknown"], ["pregnant"]],
  course: [["single"], ["series", "maintenance"]],
} as const;

type Scale = keyof typeof LEVELS;

function worseValue(scale: Scale, current: string, pick: number): string | null {
  const rungs: readonly (readonly string[])[] = LEVELS[scale];
  const rung = rungs.findIndex((values) => values.includes(current));
  const worse = rungs.slice(rung + 1).flat();
  return worse.length === 0 ? null : (worse[pick % worse.length] as string);
}

function withLevel(input: ScreeningInput, scale: Scale, value: string): ScreeningInput {
  const next = structuredClone(input);
  switch (scale) {
    case "hypertension":
      next.cardiovascular.hypertension = value as never;
      break;
    case "depression":
    case "anxiety":
      next.mentalHealth[scale] = value as never;
      break;
    case "disorder":
    case "ketamineUse":
    case "alcohol":
      next.substanceUse[scale] = value as never;
      break;
    case "pregnancy":
      next.pregnancy = value as never;
      break;
    case "course":
      next.plannedTreatment.course = value as never;
      break;
  }
  return next;
}

function edit(input: ScreeningInput, change: (draft: ScreeningInput) => boolean): ScreeningInput | null {
  const draft = structuredClone(input);
  return change(draft) ? draft : null;
}

const amount = fc.integer({ min: 1, max: 60 });
const pick = fc.nat({ max: 20 });

function addTo<T extends string>(list: readonly T[], all: readonly T[], index: number): T[] | null {
  const missing = all.filter((value) => !list.includes(value));
  return missing.length === 0 ? null : [...list, missing[index % missing.length] as T];
}

const BOOLEAN_FACTS = [
  ["mentalHealth", "psychosisHistory"],
  ["mentalHealth", "dissociativeDisorder"],
  ["urinary", "bladderHistory"],
  ["urinary", "currentSymptoms"],
  ["cognition", "memoryConcerns"],
  ["other", "nauseaProne"],
  ["other", "fallRisk"],
  ["allergies", "ketamineHypersensitivity"],
  ["conditions", "raisedIntracranialPressure"],
  ["conditions", "raisedIntraocularPressure"],
  ["conditions", "hyperthyroidism"],
  ["conditions", "liverDisease"],
] as const;

export const worseningArbitrary: fc.Arbitrary<Worsening> = fc.oneof(
  amount.map((by) => ({
    description: `systolic +${by}`,
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        d.vitals.systolic = Math.min(300, d.vitals.systolic + by);
        return true;
      }),
  })),
  amount.map((by) => ({
    description: `diastolic +${by}`,
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        d.vitals.diastolic = Math.min(200, d.vitals.diastolic + by);
        return d.vitals.diastolic < d.vitals.systolic;
      }),
  })),
  amount.map((by) => ({
    description: `heart rate +${by}`,
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        d.vitals.heartRate = Math.min(250, d.vitals.heartRate + by);
        return true;
      }),
  })),
  pick.map((index) => ({
    description: "a heart or circulation condition added",
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        const next = addTo(d.cardiovascular.conditions, CARDIOVASCULAR_CONDITIONS, index);
        if (next !== null) d.cardiovascular.conditions = next;
        return next !== null;
      }),
  })),
  pick.map((index) => ({
    description: "a breathing condition added",
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        const next = addTo(d.respiratory.conditions, RESPIRATORY_CONDITIONS, index);
        if (next !== null) d.respiratory.conditions = next;
        return next !== null;
      }),
  })),
  pick.map((index) => ({
    description: "a medicine added",
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        const next = addTo(d.medications, MEDICATIONS, index);
        if (next !== null) d.medications = next;
        return next !== null;
      }),
  })),
  fc.tuple(fc.constantFrom("phq9Items" as const, "gad7Items" as const), pick).map(([questionnaire, index]) => ({
    description: `one ${questionnaire} item scored higher`,
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        const items = d.mentalHealth[questionnaire];
        if (items === undefined) return false;
        const i = index % items.length;
        const score = items[i];
        if (score === null || score === undefined || score >= 3) return false;
        items[i] = score + 1;
        return true;
      }),
  })),
  fc.tuple(fc.constantFrom(...(Object.keys(LEVELS) as Scale[])), pick).map(([scale, index]) => ({
    description: `a worse ${scale}`,
    apply: (input: ScreeningInput) => {
      const current = {
        hypertension: input.cardiovascular.hypertension,
        depression: input.mentalHealth.depression,
        anxiety: input.mentalHealth.anxiety,
        disorder: input.substanceUse.disorder,
        ketamineUse: input.substanceUse.ketamineUse,
        alcohol: input.substanceUse.alcohol,
        pregnancy: input.pregnancy,
        course: input.plannedTreatment.course,
      }[scale];
      const value = worseValue(scale, current, index);
      // No pregnancy status other than "not applicable" is valid for a patient male at birth.
      if (scale === "pregnancy" && input.patient.sexAtBirth === "male") return null;
      return value === null ? null : withLevel(input, scale, value);
    },
  })),
  fc.constant({
    description: "breastfeeding",
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        // Breastfeeding does not apply to a patient male at birth (the schema refuses it).
        if (d.patient.sexAtBirth === "male" || d.breastfeeding === "yes") return false;
        d.breastfeeding = "yes";
        return true;
      }),
  }),
  fc.constant({
    description: "a past adverse reaction to ketamine recorded",
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        if (d.substanceUse.priorKetamineReaction !== undefined) return false;
        d.substanceUse.priorKetamineReaction = "Prolonged agitation";
        return true;
      }),
  }),
  fc.tuple(fc.constantFrom("phq9Items" as const, "gad7Items" as const), pick, fc.integer({ min: 0, max: 3 })).map(
    ([questionnaire, index, score]) => ({
      description: `an unanswered ${questionnaire} item answered ${score}`,
      apply: (input: ScreeningInput) =>
        edit(input, (d) => {
          const items = d.mentalHealth[questionnaire];
          if (items === undefined) return false;
          const blank = items.flatMap((value, i) => (value === null ? [i] : []));
          if (blank.length === 0) return false;
          const item = blank[index % blank.length] as number;
          // PHQ-9 item 9 answered "not at all" is not a worse fact: it settles the unscreened suicide risk.
          if (questionnaire === "phq9Items" && item === 8 && score === 0) return false;
          items[item] = score;
          return true;
        }),
    }),
  ),
  fc.constantFrom(...BOOLEAN_FACTS).map(([section, field]) => ({
    description: `${section}.${field} set`,
    apply: (input: ScreeningInput) =>
      edit(input, (d) => {
        const facts = d[section] as Record<string, boolean>;
        if (facts[field]) return false;
        facts[field] = true;
        return true;
      }),
  })),
);
