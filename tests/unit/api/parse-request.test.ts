/**
 * Requests read into their schema or refused: the bodies of `POST /screenings` and `POST /assessments` are
 * checked as the form's submission is, each bad field named by its dotted path; the list's query takes the list
 * page's filters, never drafts, and a cursor only where a page is asked for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseJsonRequest, parseListQuery, type Parsed } from "@/lib/api/parse-request";
import { assessmentRequestSchema, createScreeningRequestSchema } from "@/lib/api/requests";
import { encodeListCursor } from "@/lib/screening/list-filter";

import { apiGet, jsonPost } from "../../support/api-requests";
import { makeScreeningInput } from "../../support/screening-factory";

const SUBMISSION_ID = "3b0f8a3e-6a4c-4f8e-9d61-2f1e5c7a9b10";

function validCreateBody(): Record<string, unknown> {
  return { submissionId: SUBMISSION_ID, screening: makeScreeningInput() };
}

/** The 422's field errors; fails the test on any other outcome. */
async function fieldErrorsOf(parsed: Parsed<unknown>): Promise<Record<string, string[]>> {
  if (parsed.ok) throw new Error("Expected the request to be refused");
  expect(parsed.response.status).toBe(422);
  const body = (await parsed.response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
  expect(body.error.code).toBe("validation-failed");
  return body.error.fieldErrors;
}

describe("parseJsonRequest: POST /screenings", () => {
  it("reads a valid body", async () => {
    const parsed = await parseJsonRequest(jsonPost(validCreateBody()), createScreeningRequestSchema);
    expect(parsed).toMatchObject({ ok: true, value: { submissionId: SUBMISSION_ID, screening: { vitals: { systolic: 118 } } } });
  });

  it("names a missing nested field by its dotted path", async () => {
    const body = validCreateBody() as { screening: { vitals: Record<string, unknown> } };
    delete body.screening.vitals.systolic;
    expect(Object.keys(await fieldErrorsOf(await parseJsonRequest(jsonPost(body), createScreeningRequestSchema)))).toEqual(["screening.vitals.systolic"]);
  });

  it("names every field of the wrong type by its path", async () => {
    const body = { ...validCreateBody(), submissionId: 42, screening: makeScreeningInput({ vitals: { systolic: "118" as unknown as number }, medications: "none" as never }) };
    const errors = await fieldErrorsOf(await parseJsonRequest(jsonPost(body), createScreeningRequestSchema));
    expect(Object.keys(errors).sort()).toEqual(["screening.medications", "screening.vitals.systolic", "submissionId"]);
  });

  it("names a missing section and a missing submission id", async () => {
    const screening: Record<string, unknown> = makeScreeningInput();
    delete screening.vitals;
    const errors = await fieldErrorsOf(await parseJsonRequest(jsonPost({ screening }), createScreeningRequestSchema));
    expect(errors).toHaveProperty(["screening.vitals"]);
    expect(errors).toHaveProperty(["submissionId"]);
  });

  it.each([
    ["a field the API does not take", { draftId: "d-1" }, "form", "draftId"],
    ["an amendment (the API only creates)", { amendment: { screeningId: "s-1", reason: "Typo in the weight" } }, "form", "amendment"],
    ["an unknown field", { storedBy: "x" }, "form", "storedBy"],
  ])("refuses %s", async (_name, extra, key, named) => {
    const errors = await fieldErrorsOf(await parseJsonRequest(jsonPost({ ...validCreateBody(), ...extra }), createScreeningRequestSchema));
    expect(errors[key]?.join(" ")).toContain(named);
  });

  it("refuses an unknown field inside a section on that section's path", async () => {
    const body = validCreateBody() as { screening: { vitals: Record<string, unknown> } };
    body.screening.vitals.bloodGroup = "A+";
    const errors = await fieldErrorsOf(await parseJsonRequest(jsonPost(body), createScreeningRequestSchema));
    expect(errors["screening.vitals"]?.join(" ")).toContain("bloodGroup");
  });

  it("answers any field replaced by any JSON value with ok or 422 on a path within the body", async () => {
    const sections = Object.keys(makeScreeningInput());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sections), fc.jsonValue({ maxDepth: 3 }), async (section, value) => {
        const body = validCreateBody() as { screening: Record<string, unknown> };
        body.screening[section] = value;
        const parsed = await parseJsonRequest(jsonPost(body), createScreeningRequestSchema);
        if (parsed.ok) return;
        const paths = Object.keys(await fieldErrorsOf(parsed));
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) expect(path.startsWith(`screening.${section}`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseJsonRequest: POST /assessments", () => {
  it("reads a screening input", async () => {
    const input = makeScreeningInput();
    expect(await parseJsonRequest(jsonPost(input), assessmentRequestSchema)).toEqual({ ok: true, value: expect.objectContaining({ patient: input.patient }) });
  });

  it("names wrong fields by their path within the screening", async () => {
    const input = makeScreeningInput({ vitals: { systolic: 500 }, patient: { dateOfBirth: "yesterday" } });
    const errors = await fieldErrorsOf(await parseJsonRequest(jsonPost(input), assessmentRequestSchema));
    expect(Object.keys(errors).sort()).toEqual(["patient.dateOfBirth", "vitals.systolic"]);
  });

  it("refuses a screening wrapped as the create request is", async () => {
    const errors = await fieldErrorsOf(await parseJsonRequest(jsonPost(validCreateBody()), assessmentRequestSchema));
    expect(errors).toHaveProperty(["patient"]);
  });

  it("answers any JSON value as a body with ok, 400 or 422, never by throwing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        for (const schema of [assessmentRequestSchema, createScreeningRequestSchema]) {
          const parsed = await parseJsonRequest(jsonPost(value), schema);
          if (!parsed.ok) expect([400, 422]).toContain(parsed.response.status);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not let a __proto__ key reach Object.prototype", async () => {
    const text = JSON.stringify(makeScreeningInput()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const parsed = await parseJsonRequest(jsonPost(JSON.parse(text)), assessmentRequestSchema);
    expect(Object.prototype).not.toHaveProperty("polluted");
    if (parsed.ok) expect(Object.keys(parsed.value)).not.toContain("__proto__");
  });

  it("refuses 10,000 nested arrays without throwing", async () => {
    const request = new Request("http://127.0.0.1:3000/api/v1/assessments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new TextEncoder().encode("[".repeat(10_000) + "]".repeat(10_000)),
    });
    const parsed = await parseJsonRequest(request, assessmentRequestSchema);
    expect(!parsed.ok && [400, 422].includes(parsed.response.status)).toBe(true);
  });
});

describe("parseListQuery", () => {
  const cursor = { createdAt: new Date("2026-11-26T09:30:00.123Z"), id: "screening-0001" };

  it("reads every filter into the data layer's query", () => {
    const query = `?status=signed&severity=critical&from=2026-11-01&to=2026-11-25&patient=p-1&signer=u-1&sort=oldest&after=${encodeListCursor(cursor)}`;
    expect(parseListQuery(apiGet(query), { wholeList: false })).toEqual({
      ok: true,
      value: {
        status: "signed",
        severity: "critical",
        patientId: "p-1",
        signedById: "u-1",
        from: new Date("2026-11-01T00:00:00Z"),
        to: new Date("2026-11-26T00:00:00Z"),
        sort: "oldest",
        after: cursor,
      },
    });
  });

  it("lists newest first when nothing is asked", () => {
    expect(parseListQuery(apiGet(""), { wholeList: false })).toMatchObject({ ok: true, value: { sort: "newest" } });
  });

  it.each([
    ["an unknown status", "?status=archived", "status"],
    ["drafts", "?status=draft", "status"],
    ["an unknown severity", "?severity=high", "severity"],
    ["a date that is not one", "?from=2026-13-45", "from"],
    ["a range that ends before it starts", "?from=2026-11-25&to=2026-11-01", "to"],
    ["a cursor that is not one", "?after=not-a-cursor!", "after"],
    ["a cursor of garbage", `?after=${Buffer.from("x.y").toString("base64url")}`, "after"],
    ["an unknown filter", "?name=Jane", "form"],
  ])("refuses %s with 422 on its field", async (_name, query, field) => {
    const errors = await fieldErrorsOf(parseListQuery(apiGet(query), { wholeList: false }));
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("does not quote a refused filter's value back", async () => {
    const parsed = parseListQuery(apiGet("?name=Jane%20Doe&patient=" + "x".repeat(65)), { wholeList: false });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && (await parsed.response.text())).not.toContain("Jane");
  });

  it.each([
    ["a valid cursor", `?status=signed&after=${encodeListCursor(cursor)}`],
    ["a bad cursor", "?status=signed&after=not-a-cursor!"],
  ])("ignores %s for the whole list", (_name, query) => {
    const parsed = parseListQuery(apiGet(query), { wholeList: true });
    expect(parsed).toMatchObject({ ok: true, value: { status: "signed" } });
    expect(parsed.ok && parsed.value.after).toBeUndefined();
  });

  it("still refuses drafts and bad filters for the whole list", async () => {
    expect(Object.keys(await fieldErrorsOf(parseListQuery(apiGet("?status=draft"), { wholeList: true })))).toEqual(["status"]);
    expect(Object.keys(await fieldErrorsOf(parseListQuery(apiGet("?severity=x"), { wholeList: true })))).toEqual(["severity"]);
  });

  it("takes the first of a repeated filter, as the list page does", () => {
    expect(parseListQuery(apiGet("?status=signed&status=draft"), { wholeList: false })).toMatchObject({ ok: true, value: { status: "signed" } });
    expect(parseListQuery(apiGet("?severity=info&severity=critical"), { wholeList: false })).toMatchObject({ ok: true, value: { severity: "info" } });
  });
});
