import { describe, expect, it } from "vitest";

import { screeningFileName } from "@/lib/exports/file-names";

describe("screeningFileName", () => {
  it("names a screening's files by its id alone", () => {
    expect(screeningFileName("cmabc123", "pdf")).toBe("screening-cmabc123.pdf");
    expect(screeningFileName("cmabc123", "fhir")).toBe("screening-cmabc123.fhir.json");
  });
});
