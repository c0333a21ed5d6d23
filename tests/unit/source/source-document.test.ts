import { existsSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  clinicalParagraphs,
  documentParagraphs,
  loadSourceDocument,
  SOURCE_DOCUMENT_FILE,
} from "@/lib/source/source-document";

describe("source document", () => {
  it("resolves the project's copy from the project root", () => {
    expect(SOURCE_DOCUMENT_FILE.endsWith("lib/source/ketamine-side-effects.txt")).toBe(true);
    expect(existsSync(SOURCE_DOCUMENT_FILE)).toBe(true);
    expect(loadSourceDocument()).toMatch(/^Are There Any Lasting Side Effects Of Taking Ketamine Treatment\?/);
  });

  it("splits paragraphs on blank lines and keeps the bullet list together", () => {
    const paragraphs = documentParagraphs(loadSourceDocument());
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[2]?.split("\n")).toHaveLength(7);
    expect(paragraphs[2]?.startsWith("• Dissociation")).toBe(true);
  });

  it("drops the helpline advert and nothing else", () => {
    const all = documentParagraphs(loadSourceDocument());
    const clinical = clinicalParagraphs(loadSourceDocument());
    expect(clinical).toHaveLength(all.length - 1);
    expect(clinical.join("\n")).not.toMatch(/helpline|1-888/);
    expect(clinical.at(-1)).toContain("discuss them with your doctor beforehand.");
  });

  it("handles Windows line endings and surrounding blank lines", () => {
    expect(clinicalParagraphs("\r\nFirst line.\r\nSecond line.\r\n\r\n  Call our helpline at 1-800-555-0100.\r\n\r\nLast.\r\n")).toEqual([
      "First line.\nSecond line.",
      "Last.",
    ]);
  });
});
