/**
 * A stored input is checked as of the day its screening was taken, also when one schema serves many reads in a
 * row (lib/db/stored-json.server.ts builds it once): each read uses its own day, never the previous read's.
 */
import { describe, expect, it } from "vitest";

import { parseStoredInput, StoredDataError } from "@/lib/db/stored-json.server";

import { makeScreeningInput } from "../../support/screening-factory";

const bornMarch = JSON.parse(JSON.stringify(makeScreeningInput({ patient: { fullName: "Test Patient", dateOfBirth: "2026-03-01", sexAtBirth: "female" } })));

describe("parseStoredInput", () => {
  it("reads each input as of its own screening's day, whatever was read before", () => {
    expect(parseStoredInput(bornMarch, "june", new Date("2026-06-01T12:00:00Z")).patient.dateOfBirth).toBe("2026-03-01");
    // Taken before the birth date: invalid on that day, though the same input was valid a moment ago.
    expect(() => parseStoredInput(bornMarch, "january", new Date("2026-01-01T12:00:00Z"))).toThrow(StoredDataError);
    expect(parseStoredInput(bornMarch, "june-again", new Date("2026-06-01T12:00:00Z")).patient.dateOfBirth).toBe("2026-03-01");
  });
});
