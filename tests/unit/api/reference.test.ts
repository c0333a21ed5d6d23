import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { codeSpans } from "@/lib/api/reference";

describe("codeSpans", () => {
  it("marks what is between backticks as code and drops the backticks", () => {
    expect(codeSpans("Idempotent on `submissionId`: a repeat answers `200`.")).toEqual([
      { text: "Idempotent on ", code: false },
      { text: "submissionId", code: true },
      { text: ": a repeat answers ", code: false },
      { text: "200", code: true },
      { text: ".", code: false },
    ]);
  });

  it("keeps an unpaired backtick, and text without any, as text", () => {
    expect(codeSpans("a ` b")).toEqual([{ text: "a ` b", code: false }]);
    expect(codeSpans("plain")).toEqual([{ text: "plain", code: false }]);
    expect(codeSpans("")).toEqual([]);
  });

  it("loses no character but the backticks of the spans it marks, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "`", "x") }), (text) => {
        const spans = codeSpans(text);
        expect(spans.map((span) => (span.code ? `\`${span.text}\`` : span.text)).join("")).toBe(text);
        expect(spans.every((span) => span.text.length > 0)).toBe(true);
      }),
    );
  });
});
