/**
 * What the API answers with: a stored screening, an assessment and a list page are built from the data layer's
 * shapes and parsed through their schemas, so they carry exactly the documented keys (nothing the data layer adds
 * leaks), instants as ISO 8601 in UTC, and a cursor the list reads back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { assessmentResource, screeningListResource, screeningResource, type ResourceScreening } from "@/lib/api/resources";
import { assess } from "@/lib/rules";
import { decodeListCursor } from "@/lib/screening/list-filter";

import { HIGH_RISK_INPUT } from "../../support/high-risk-screening";
import { makeEarlierReleaseScreeningDetail, makeScreeningDetail, makeSignedScreeningDetail, REVIEWER, screeningDetailArbitrary } from "../../support/screening-detail-factory";
import { screeningInputArbitrary } from "../../support/screening-arbitrary";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const LEAK = "internal-only-9f3c";

const SCREENING_KEYS = ["amendedById", "amends", "createdAt", "flags", "highestSeverity", "id", "input", "patient", "rulesVersion", "signOff", "status", "version"];
const FLAG_KEYS = ["decision", "discussed", "id", "reasons", "ruleId", "severity", "source", "summary"];

/** The data layer's shape with a field the API does not document at every level a resource copies from. */
function withUndocumentedFields(detail: ResourceScreening): ResourceScreening {
  return {
    ...detail,
    authorEmail: LEAK,
    patient: { ...detail.patient, searchText: LEAK },
    flags: detail.flags.map((flag) => ({
      ...flag,
      storedBy: LEAK,
      decision: flag.decision && { ...flag.decision, userId: LEAK },
      discussed: flag.discussed && { ...flag.discussed, userId: LEAK },
      source: flag.source.map((source) => ({ ...source, page: LEAK })),
    })),
    signature: detail.signature && { ...detail.signature, userId: LEAK },
    versions: { ...detail.versions, chainId: LEAK },
  } as ResourceScreening;
}

describe("screeningResource", () => {
  const signed = makeSignedScreeningDetail(HIGH_RISK_INPUT, "cleared-with-precautions");

  it("has exactly the documented keys, whatever the data layer adds", () => {
    const resource = screeningResource(withUndocumentedFields(signed));
    expect(Object.keys(resource).sort()).toEqual(SCREENING_KEYS);
    expect(Object.keys(resource.patient).sort()).toEqual(["dateOfBirth", "fullName", "id", "medicalRecordNumber", "sexAtBirth"]);
    for (const flag of resource.flags) expect(Object.keys(flag).sort()).toEqual(FLAG_KEYS);
    expect(Object.keys(resource.signOff ?? {}).sort()).toEqual(["outcome", "role", "signedAt", "signedBy"]);
    expect(JSON.stringify(resource)).not.toContain(LEAK);
  });

  it("fails rather than sends an input with a key its recorded schema does not know", () => {
    // The input is read back through the same strict schema, so such a key is a bug to surface, not to pass on.
    expect(() => screeningResource({ ...signed, input: { ...signed.input, storedFrom: LEAK } as ResourceScreening["input"] })).toThrow();
  });

  it("copies the screening, its flags, decisions and sign-off", () => {
    const resource = screeningResource(signed);
    expect(resource).toMatchObject({
      id: signed.id,
      status: "signed",
      version: 1,
      rulesVersion: signed.rulesVersion,
      highestSeverity: "critical",
      patient: signed.patient,
      input: { patient: HIGH_RISK_INPUT.patient, vitals: HIGH_RISK_INPUT.vitals },
      signOff: { outcome: "cleared-with-precautions", signedBy: REVIEWER, role: "clinician" },
      amends: null,
      amendedById: null,
    });
    expect(resource.flags.map((flag) => [flag.id, flag.ruleId, flag.severity])).toEqual(signed.flags.map((flag) => [flag.id, flag.ruleId, flag.severity]));
    const decided = resource.flags.filter((flag) => flag.decision !== null);
    expect(decided.length).toBeGreaterThan(0);
    for (const flag of decided) expect(flag.decision).toMatchObject({ by: REVIEWER, at: expect.stringMatching(ISO_INSTANT) });
    expect(resource.flags.some((flag) => flag.discussed?.by === REVIEWER)).toBe(true);
  });

  it("writes every instant as ISO 8601 in UTC, to the millisecond", () => {
    const resource = screeningResource(signed);
    expect(resource.createdAt).toBe(signed.createdAt.toISOString());
    expect(resource.signOff?.signedAt).toBe(signed.signature?.at.toISOString());
    const instants = [resource.createdAt, resource.signOff?.signedAt, ...resource.flags.flatMap((flag) => [flag.decision?.at, flag.discussed?.at])];
    for (const instant of instants.filter((value) => value !== undefined)) expect(instant).toMatch(ISO_INSTANT);
  });

  it("has no sign-off, decisions or ticks while awaiting review", () => {
    const resource = screeningResource(makeScreeningDetail(HIGH_RISK_INPUT));
    expect(resource.status).toBe("awaiting-review");
    expect(resource.signOff).toBeNull();
    for (const flag of resource.flags) expect([flag.decision, flag.discussed]).toEqual([null, null]);
  });

  it("carries the amendment links", () => {
    const amended = { ...signed, versions: { version: 2, amends: { id: "screening-0000", reason: "Weight was mistyped" }, amendedById: "screening-0002" } };
    expect(screeningResource(amended)).toMatchObject({ version: 2, amends: { id: "screening-0000", reason: "Weight was mistyped" }, amendedById: "screening-0002" });
  });

  it("reads a screening recorded before the latest questions were asked, without them", () => {
    const resource = screeningResource(makeEarlierReleaseScreeningDetail());
    expect(resource.input).not.toHaveProperty("allergies");
    expect(resource.input).not.toHaveProperty("breastfeeding");
  });

  it("builds a resource of every stored screening, flag for flag", () => {
    fc.assert(
      fc.property(screeningDetailArbitrary, (detail) => {
        const resource = screeningResource(detail);
        expect(resource.flags.map((flag) => flag.id)).toEqual(detail.flags.map((flag) => flag.id));
        expect(resource.signOff === null).toBe(detail.signature === null);
      }),
      { numRuns: 60 },
    );
  });
});

describe("assessmentResource", () => {
  it("gives assess()'s flags field for field, and nothing else", () => {
    fc.assert(
      fc.property(screeningInputArbitrary, (input) => {
        const assessment = assess(input);
        const resource = assessmentResource(assessment);
        expect(resource.rulesVersion).toBe(assessment.rulesVersion);
        expect(resource.flags).toEqual(
          assessment.flags.map(({ ruleId, severity, summary, reasons, source }) => ({ ruleId, severity, summary, reasons, source })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("drops what a flag carries beyond its documented fields", () => {
    const assessment = assess(HIGH_RISK_INPUT);
    const flags = assessment.flags.map((flag) => ({ ...flag, internal: LEAK }));
    expect(JSON.stringify(assessmentResource({ ...assessment, flags }))).not.toContain(LEAK);
  });
});

describe("screeningListResource", () => {
  const item = {
    id: "screening-0001",
    createdAt: new Date("2026-11-26T09:30:00.123Z"),
    status: "signed" as const,
    highestSeverity: "warning" as const,
    decisionFlags: 2,
    outcome: "cleared" as const,
    signerName: REVIEWER,
    patient: { id: "p-1", fullName: "Test Patient", dateOfBirth: "1985-06-15", medicalRecordNumber: null },
  };

  it("encodes the next page's cursor so that the list reads it back", () => {
    const cursor = { createdAt: item.createdAt, id: item.id };
    const page = screeningListResource({ items: [item], nextCursor: cursor });
    expect(page.nextCursor).not.toBeNull();
    expect(decodeListCursor(page.nextCursor!)).toEqual(cursor);
  });

  it("round-trips any cursor", () => {
    const cursor = fc.record({ createdAt: fc.date({ min: new Date(0), max: new Date("2200-01-01T00:00:00Z"), noInvalidDate: true }), id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) });
    fc.assert(
      fc.property(cursor, (next) => {
        expect(decodeListCursor(screeningListResource({ items: [], nextCursor: next }).nextCursor!)).toEqual(next);
      }),
    );
  });

  it("has no cursor on the last page, and ISO instants with only the documented keys", () => {
    const page = screeningListResource({ items: [{ ...item, patient: { ...item.patient, searchText: LEAK }, authorId: LEAK } as typeof item], nextCursor: null });
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]?.createdAt).toBe("2026-11-26T09:30:00.123Z");
    expect(Object.keys(page.items[0]!).sort()).toEqual(["createdAt", "decisionFlags", "highestSeverity", "id", "outcome", "patient", "signerName", "status"]);
    expect(JSON.stringify(page)).not.toContain(LEAK);
  });
});
