/** Entry addresses of the FHIR export: RFC 9562 name-based (version 5) UUIDs, stable per screening and role. */
import { describe, expect, it } from "vitest";

import { entryUrl, nameBasedUuid } from "@/lib/exports/fhir/resource-ids";

describe("entry addresses", () => {
  it("are RFC 9562 version 5 UUIDs (the RFC's own example)", () => {
    // RFC 9562, Appendix A.4: the DNS namespace and "www.example.com".
    expect(nameBasedUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("are the same for the same screening and role, and differ otherwise", () => {
    expect(entryUrl("s-1", "Patient")).toBe(entryUrl("s-1", "Patient"));
    expect(entryUrl("s-1", "Patient")).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const urls = new Set([entryUrl("s-1", "Patient"), entryUrl("s-2", "Patient"), entryUrl("s-1", "QuestionnaireResponse")]);
    expect(urls.size).toBe(3);
  });
});
