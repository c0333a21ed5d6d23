/**
 * Text for the PDF's built-in Helvetica (lib/exports/pdf-text.ts): what WinAnsiEncoding holds is kept as
 * written, a few symbols are spelt out with their meaning, and everything else becomes a visible code point,
 * so no character is dropped or shown as another.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { breakLongWords, MAX_UNBROKEN, needsCodePoints, winAnsiText } from "@/lib/exports/pdf-text";

describe("winAnsiText", () => {
  it("keeps ASCII, Latin-1 and the other WinAnsi characters as written", () => {
    const text = "Zoë Brontë-Ñúñez, O’Brien “quoted” – — … € Œ š ß ø × ° µ ½";
    expect(winAnsiText(text)).toBe(text);
    expect(needsCodePoints(text)).toBe(false);
  });

  it("spells out the symbols the rules use, keeping their meaning", () => {
    expect(winAnsiText("systolic ≥ 140 or ≤ 90 → refer, −2")).toBe("systolic >= 140 or <= 90 -> refer, -2");
    expect(needsCodePoints("≥")).toBe(false);
  });

  it("writes every other character as its code point, so a name never silently changes or disappears", () => {
    expect(winAnsiText("Ελένη")).toBe("[U+0395][U+03BB][U+03AD][U+03BD][U+03B7]");
    expect(winAnsiText("Dvořák 😀")).toBe("Dvo[U+0159]ák [U+1F600]");
    expect(needsCodePoints("Ελένη")).toBe(true);
  });

  it("composes a letter typed with a combining accent into the character WinAnsi holds", () => {
    expect(winAnsiText("Zoe\u0308")).toBe("Zoë");
  });

  it("keeps line breaks of a multi-line note and writes tabs as spaces", () => {
    expect(winAnsiText("first\r\nsecond\rthird\tend")).toBe("first\nsecond\nthird end");
  });

  it("always returns WinAnsi text from which the text as written can be read back", () => {
    const decode = (text: string) => text.replace(/\[U\+([0-9A-F]{4,6})\]/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    // Without "[" (a literal "[U+0041]" would read back as "A") and the spelt-out symbols, which are not reversible.
    const readable = fc.string({ unit: "grapheme", maxLength: 40 }).filter((text) => !/[[\t\r≥≤→←−‐‑\u2009\u202F]/.test(text));
    fc.assert(
      fc.property(readable, (text) => {
        const out = winAnsiText(text);
        expect(out).toMatch(/^[\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/);
        expect(decode(out)).toBe(text.normalize("NFC"));
      }),
    );
  });
});

describe("breakLongWords", () => {
  it("leaves words that fit alone", () => {
    const text = "Blood pressure 150/95 mmHg is at or above 140/90\nsecond line";
    expect(breakLongWords(text)).toBe(text);
  });

  it("breaks a word longer than a line into lines, adding no character but the line breaks", () => {
    const name = "Wolfeschlegelsteinhausenbergerdorff".repeat(2);
    const broken = breakLongWords(`Dr ${name} Jr`);
    expect(broken.replaceAll("\n", "")).toBe(`Dr ${name} Jr`);
    for (const line of broken.split(/\s/)) expect(line.length).toBeLessThanOrEqual(MAX_UNBROKEN);
  });

  it("breaks a run of code points between markers, never inside one", () => {
    const broken = breakLongWords(winAnsiText("Παπαδοπούλου"));
    for (const line of broken.split("\n")) expect(line).toMatch(/^(\[U\+[0-9A-F]{4}\])+$/);
  });

  it("keeps every character of any text, only adding line breaks", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (text) => {
        const out = breakLongWords(text, 10);
        expect(out.replaceAll("\n", "")).toBe(text.replaceAll("\n", ""));
        for (const word of out.split(/\s/)) expect([...word.matchAll(/[\s\S]/gu)].length).toBeLessThanOrEqual(10);
      }),
    );
  });
});
