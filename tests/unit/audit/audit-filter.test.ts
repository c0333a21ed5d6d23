import { describe, expect, it } from "vitest";

import { auditFilterSchema, auditQueryOf } from "@/lib/audit/audit-filter";
import { searchParamsRecord } from "@/lib/validation/query-params";

describe("the audit trail's filters", () => {
  it("reads empty fields as no filter", () => {
    expect(auditQueryOf(auditFilterSchema.parse({ user: "", patient: " ", event: "", from: "", to: "" }))).toEqual({
      actorUserId: undefined,
      patientId: undefined,
      event: undefined,
      from: undefined,
      to: undefined,
      before: undefined,
    });
  });

  it("includes the whole last day: the range ends at the next midnight, UTC", () => {
    const query = auditQueryOf(auditFilterSchema.parse({ from: "2026-11-01", to: "2026-11-25", event: "sign-in", before: "120" }));
    expect(query.from?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(query.to?.toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(query).toMatchObject({ event: "sign-in", before: 120 });
  });

  it.each([
    [{ event: "coffee-break" }, "event", "Choose an event from the list"],
    [{ from: "25/11/2026" }, "from", "Use a date like 2026-11-25"],
    [{ from: "2026-13-01" }, "from", "Use a real date"],
    [{ from: "2026-11-25", to: "2026-11-01" }, "to", "The last day is before the first day"],
    [{ before: "-3" }, "before", "Not a page of this list"],
    [{ user: "x".repeat(65) }, "user", "Choose a user from the list"],
    [{ sort: "asc" }, "", ""],
  ])("refuses %o on its field, never ignoring it", (raw, field, message) => {
    const parsed = auditFilterSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    if (field) expect(parsed.error?.issues).toContainEqual(expect.objectContaining({ path: [field], message }));
  });

  it("takes the first of a repeated query parameter", () => {
    expect(searchParamsRecord({ event: ["sign-in", "sign-out"], user: undefined, from: "2026-11-01" })).toEqual({ event: "sign-in", from: "2026-11-01" });
  });
});
