/** The screening list's filters as read from the URL, and its opaque page cursor. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { decodeListCursor, encodeListCursor, screeningListFilterSchema, screeningListQueryOf } from "@/lib/screening/list-filter";
import { errorsByField } from "@/lib/validation/query-params";

/** As the page shows them: the first message per field. */
function issues(raw: Record<string, string>): Record<string, string> {
  const result = screeningListFilterSchema.safeParse(raw);
  return result.success ? {} : errorsByField(result.error.issues, "");
}

describe("screening list filters", () => {
  it("reads no filter as the whole list, newest first", () => {
    expect(screeningListQueryOf(screeningListFilterSchema.parse({}))).toEqual({ sort: "newest" });
    expect(screeningListQueryOf(screeningListFilterSchema.parse({ status: "", severity: "", from: "", to: "", patient: " " }))).toEqual({
      sort: "newest",
    });
  });

  it("turns a day range into instants: the last day is included up to midnight UTC", () => {
    const query = screeningListQueryOf(screeningListFilterSchema.parse({ from: "2026-11-01", to: "2026-11-25", sort: "oldest" }));
    expect(query).toEqual({ from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-26T00:00:00Z"), sort: "oldest" });
  });

  it("asks for drafts only when the status is draft", () => {
    expect(screeningListQueryOf(screeningListFilterSchema.parse({ status: "draft" }))).toBeNull();
  });

  it("reports each malformed filter on its field", () => {
    expect(issues({ status: "cleared" })).toEqual({ status: "Choose a status from the list" });
    expect(issues({ severity: "high" })).toEqual({ severity: "Choose a severity from the list" });
    expect(issues({ from: "25/11/2026" })).toEqual({ from: "Use a date like 2026-11-25" });
    expect(issues({ from: "2026-11-25", to: "2026-11-01" })).toEqual({ to: "The last day is before the first day" });
    expect(issues({ after: "not-a-cursor" })).toEqual({ after: "Not a page of this list: start again from the first page" });
    expect(issues({ name: "Ann Smith" })).toEqual({ "": "Unknown filter: name" });
    expect(issues({ signer: "Ann Smith" })).toEqual({ signer: "Choose the signer from the list" });
    expect(issues({ signer: "x".repeat(65) })).toEqual({ signer: "Choose the signer from the list" });
  });

  it("passes the signer on by account id, with the amended status and the other filters", () => {
    const query = screeningListQueryOf(screeningListFilterSchema.parse({ signer: " 3f2c9a0e-1b2d-4c5e-8f90-a1b2c3d4e5f6 ", status: "amended" }));
    expect(query).toEqual({ signedById: "3f2c9a0e-1b2d-4c5e-8f90-a1b2c3d4e5f6", status: "amended", sort: "newest" });
  });
});

describe("list cursor", () => {
  it("decodes what it encodes, for any time and id", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        (createdAt, id) => {
          expect(decodeListCursor(encodeListCursor({ createdAt, id }))).toEqual({ createdAt, id });
        },
      ),
    );
  });

  it("refuses anything it did not make", () => {
    for (const text of ["", "!!!", Buffer.from("12.a b").toString("base64url"), Buffer.from("x.abc").toString("base64url"), "a".repeat(201)]) {
      expect(decodeListCursor(text)).toBeNull();
    }
  });
});
