/**
 * CSV writing: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. A small RFC 4180 reader in the
 * test reads back what was written, so the properties check the round trip rather than restating the writer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CSV_LINE_END, csvField, csvRecord, neutraliseFormula, type CsvValue } from "@/lib/exports/csv";

/** Parses CSV text per RFC 4180 (quoted fields, doubled quotes, CRLF records). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else field += c;
  }
  return records;
}

const FORMULA_CHARACTERS = ["=", "+", "-", "@", "\t", "\r"];
const textArbitrary = fc.string({ unit: fc.oneof(fc.constantFrom(...FORMULA_CHARACTERS, '"', ",", "\n", "\r", " ", "a", "é", "😀"), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 30 });
const valueArbitrary: fc.Arbitrary<CsvValue> = fc.oneof(textArbitrary, fc.integer({ min: -1000, max: 1000 }), fc.constant(null), fc.constant(undefined));

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["with, comma", '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "\"'\rCR\""],
    ["O'Brien", "O'Brien"],
    ["", ""],
  ])("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes numbers as numbers and nothing for a missing value", () => {
    expect(csvField(-4)).toBe("-4");
    expect(csvField(152)).toBe("152");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(() => csvField(Number.NaN)).toThrow();
  });

  it("never leaves a text cell that starts like a formula", () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const [[cell]] = readCsv(csvRecord([text])) as [[string]];
        expect(FORMULA_CHARACTERS.some((c) => cell.startsWith(c))).toBe(false);
        // Only the apostrophe is added, and only when needed: the text itself reads back whole.
        expect(cell).toBe(neutraliseFormula(text));
        expect(cell === text || cell === `'${text}`).toBe(true);
      }),
    );
  });
});

describe("csvRecord", () => {
  it("reads back field for field, one record per call, whatever the text holds", () => {
    fc.assert(
      fc.property(fc.array(fc.array(valueArbitrary, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map(csvRecord).join("");
        expect(text.endsWith(CSV_LINE_END)).toBe(true);
        expect(readCsv(text)).toEqual(rows.map((row) => row.map((value) => (value === null || value === undefined ? "" : typeof value === "number" ? String(value) : neutraliseFormula(value)))));
      }),
    );
  });
});
