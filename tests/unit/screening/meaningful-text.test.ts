/**
 * Names and free text must mean something: no control characters (a NUL broke page hydration for every user),
 * no text made only of invisible characters, and length counted as a person sees it (grapheme clusters).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { screeningInputSchema } from "@/lib/screening/schema";
import { graphemeLength, withinGraphemes } from "@/lib/screening/text";
import { makeScreeningInput } from "@/tests/support/screening-factory";

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = screeningInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const named = (fullName: string) => makeScreeningInput({ patient: { fullName } });

describe("control characters are refused in names and free text", () => {
  it.each(["\u0000", "Ada\u0000Lovelace", "Ada\u001b[31m", "Ada\u007f", "Ada\u0085", "Ada\tLovelace", "Ada\nLovelace"])(
    "full name %j",
    (fullName) => {
      expect(issuesOf(named(fullName))).toContainEqual({
        path: "patient.fullName",
        message: "Full name contains a control character (such as a NUL or escape); retype it without it",
      });
    },
  );

  it.each([
    ["notes", { notes: "Fine\u0000" }, "Notes contains a control character (such as a NUL or escape); retype it without it"],
    ["allergies.other.1", { allergies: { ketamineHypersensitivity: false, other: ["Latex", "Nuts\u0007"] } }, "An allergy contains a control character (such as a NUL or escape); retype it without it"],
    ["otherMedicines.0", { otherMedicines: ["\u0000"] }, "A medicine contains a control character (such as a NUL or escape); retype it without it"],
    ["substanceUse.priorKetamineReaction", { substanceUse: { priorKetamineReaction: "Rash\u0008" } }, "Past adverse reaction to ketamine contains a control character (such as a NUL or escape); retype it without it"],
  ] as const)("%s", (path, overrides, message) => {
    expect(issuesOf(makeScreeningInput(overrides as never))).toContainEqual({ path, message });
  });

  it("notes keep their line breaks and tabs", () => {
    expect(issuesOf(makeScreeningInput({ notes: "Line one\n\tLine two\r\nLine three" }))).toEqual([]);
  });
});

describe("invisible-only text is refused", () => {
  it.each(["\u200b", "\u200b\u200c\u200d", "\ufeff\u200b", " \u2060 ", "\u3164", "\u00ad", "\u202e\u202c"])("full name %j", (fullName) => {
    expect(issuesOf(named(fullName))).toContainEqual({
      path: "patient.fullName",
      message: "Full name has no visible characters (only spaces or invisible ones such as zero-width spaces)",
    });
  });

  it.each([
    ["otherMedicines.0", { otherMedicines: ["\u200b"] }, "A medicine has no visible characters (only spaces or invisible ones such as zero-width spaces)"],
    ["notes", { notes: "\u200b\u200b" }, "Notes has no visible characters (only spaces or invisible ones such as zero-width spaces)"],
  ] as const)("%s", (path, overrides, message) => {
    expect(issuesOf(makeScreeningInput(overrides as never))).toContainEqual({ path, message });
  });

  it.each(["   ", "\ufeff"])("blank text %j (trimmed away) keeps its plain message", (fullName) => {
    expect(issuesOf(named(fullName))).toContainEqual({ path: "patient.fullName", message: "Full name is required" });
  });

  it("accepts names with joiners inside visible text (an emoji sequence, an Indic conjunct)", () => {
    expect(issuesOf(named("Ana 👩‍⚕️"))).toEqual([]);
    expect(issuesOf(named("क्‍ष Sharma"))).toEqual([]);
  });
});

describe("length is counted in grapheme clusters", () => {
  it("counts what a person sees as one character once", () => {
    expect(graphemeLength("e\u0301")).toBe(1);
    expect(graphemeLength("👩‍👩‍👧‍👦")).toBe(1);
    expect(graphemeLength("🇬🇧")).toBe(1);
    expect(graphemeLength("Ada")).toBe(3);
  });

  it("accepts 200 accented letters typed as letter + combining accent (400 code units)", () => {
    const name = "e\u0301".repeat(200);
    expect(name.length).toBe(400);
    expect(issuesOf(named(name))).toEqual([]);
  });

  it("refuses 201 of them", () => {
    expect(issuesOf(named("e\u0301".repeat(201)))).toContainEqual({ path: "patient.fullName", message: "Full name must be at most 200 characters" });
  });

  it("counts a 100-flag allergy entry as 100 characters", () => {
    const entry = "🇫🇷".repeat(100);
    expect(issuesOf(makeScreeningInput({ allergies: { ketamineHypersensitivity: false, other: [entry] } }))).toEqual([]);
    expect(issuesOf(makeScreeningInput({ allergies: { ketamineHypersensitivity: false, other: [`${entry}🇫🇷`] } }))).toContainEqual({
      path: "allergies.other.0",
      message: "An allergy must be at most 100 characters",
    });
  });
});

describe("the length check's shortcut", () => {
  it("decides exactly as counting grapheme clusters does", () => {
    const clusters = fc.constantFrom("a", "é", "e\u0301", "🇳🇿", "👩‍👩‍👧", "\u200b", "한", "ﷺ", " ");
    const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.array(clusters, { maxLength: 40 }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(text, fc.nat({ max: 60 }), (value, max) => {
        expect(withinGraphemes(value, max)).toBe(graphemeLength(value) <= max);
      }),
      { numRuns: 5_000 },
    );
  });
});
