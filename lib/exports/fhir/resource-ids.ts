/**
 * Entry addresses of an exported bundle: `urn:uuid:` URIs (FHIR R4 Bundle.entry.fullUrl for resources that have
 * no server address yet), each a name-based UUID (RFC 9562 §5.5, version 5: SHA-1 of a namespace and a name)
 * of the screening id and the resource's role in the bundle. The same screening therefore always exports the
 * same addresses, and two screenings never share one.
 */
import { createHash } from "node:crypto";

/** This app's namespace for export UUIDs: a fixed random UUID, never to change (exported addresses depend on it). */
const EXPORT_NAMESPACE = "3f0c8a52-6d1e-4b7a-9c2f-8e5d14a7b913";

export function nameBasedUuid(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespaceBytes).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  // Version 5 in the high nibble of byte 6; the RFC 9562 variant (binary 10) in the top bits of byte 8.
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The `urn:uuid:` address of the resource playing `role` (e.g. "Patient", "RiskAssessment/<flag id>") in a screening's bundle. */
export function entryUrl(screeningId: string, role: string): string {
  return `urn:uuid:${nameBasedUuid(EXPORT_NAMESPACE, `${screeningId}/${role}`)}`;
}
