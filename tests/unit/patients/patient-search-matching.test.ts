import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { BestMatches } from "@/lib/patients/best-matches";
import { foldSearchText, patientSearchText, SEARCH_TEXT_SEPARATOR, searchTextPatterns } from "@/lib/patients/fold-search-text";
import { normalisePatientQuery, patientSearchRequestSchema } from "@/lib/patients/patient-query";
import { compareRankedPatients, MATCH_RANKS, rankPatientMatch, type RankedPatient, type SearchablePatient } from "@/lib/patients/rank-patient-match";

function patient(fullName: string, medicalRecordNumber: string | null = null, id = "p1", dateOfBirth = "1979-03-14"): SearchablePatient {
  return { id, fullName, dateOfBirth, medicalRecordNumber };
}

describe("foldSearchText", () => {
  it.each([
    ["SMITH", "smith"],
    ["MÜLLER", "müller"],
    ["ZOË O'Brien", "zoë o'brien"],
    ["ΣΟΦΙΑ", "σοφια"],
    // Never folds into ASCII: these would make the database's ASCII pre-filter miss them.
    ["\u212Aelvin", "\u212Aelvin"],
    ["İlker", "İlker"],
  ])("%s -> %s", (text, folded) => {
    expect(foldSearchText(text)).toBe(folded);
  });

  it("never turns a character outside ASCII into ASCII, and folds ASCII to lower-case ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        const asciiIn = [...text].filter((character) => character.charCodeAt(0) < 0x80).join("");
        const asciiOut = [...foldSearchText(text)].filter((character) => character.charCodeAt(0) < 0x80).join("");
        expect(asciiOut).toBe(asciiIn.toLowerCase());
      }),
    );
  });
});

/** SQL LIKE with `\\` as escape character, as both engines read it, for checking patterns here. */
function like(text: string, pattern: string): boolean {
  const literal = (character: string) => character.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let source = "";
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index]!;
    if (character === "\\") source += literal(pattern[++index] ?? "");
    else if (character === "%") source += "[\\s\\S]*";
    else if (character === "_") source += "[\\s\\S]";
    else source += literal(character);
  }
  return new RegExp(`^${source}$`, "u").test(text);
}

describe("patientSearchText", () => {
  it.each([
    ["Ann Smith", "MRN-12", "mrn-12\u24C7ann smith"],
    ["ZOË O'Brien", null, "\u24C7zoë o'brien"],
    ["\u212Aelvin", "AB/1", "ab/1\u24C7\u212Aelvin"],
  ])("of %j and %j is %j", (fullName, record, text) => {
    expect(patientSearchText(fullName, record)).toBe(text);
  });

  it("never contains the separator except once, between the folded name and record number: no code point folds into it", () => {
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      if (foldSearchText(String.fromCodePoint(codePoint)).includes(SEARCH_TEXT_SEPARATOR)) throw new Error(`U+${codePoint.toString(16)} folds into the separator`);
    }
    expect(foldSearchText(`a${SEARCH_TEXT_SEPARATOR}b`)).not.toContain(SEARCH_TEXT_SEPARATOR);
    expect(SEARCH_TEXT_SEPARATOR.toLowerCase()).not.toMatch(/[\u0000-\u007f]/);
  });
});

describe("searchTextPatterns", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(searchTextPatterns("a%b_c\\d").matching).toEqual(["a\\%b\\_c\\\\d%\u24C7%", "%\u24C7%a\\%b\\_c\\\\d%"]);
    expect(like(patientSearchText("100% sure", null), searchTextPatterns("0%").matching[1])).toBe(true);
    expect(like(patientSearchText("1000 sure", null), searchTextPatterns("0%").matching[1])).toBe(false);
    expect(like(patientSearchText("a_b", null), searchTextPatterns("a_").matching[1])).toBe(true);
    expect(like(patientSearchText("axb", null), searchTextPatterns("a_").matching[1])).toBe(false);
  });

  // SQLite's LIKE also matches ASCII letters in either case; the search text and the query are both folded, so
  // that never changes the answer, and the check below runs both ways.
  const asciiLower = (text: string) => text.replace(/[A-Z]/g, (character) => character.toLowerCase());
  const engines = { PostgreSQL: like, SQLite: (text: string, pattern: string) => like(asciiLower(text), asciiLower(pattern)) };
  const anyOf = (match: (text: string, pattern: string) => boolean, text: string, patterns: readonly string[]) => patterns.some((pattern) => match(text, pattern));

  it("selects exactly the patients rankPatientMatch ranks, and as best exactly those of the two best ranks, on either engine", () => {
    const letters = fc.constantFrom(..."aAbBkKiIüÜ -/\u212Aİ%_\\\u24C7\u24E1".split(""));
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 10 }),
        fc.option(fc.string({ unit: letters, maxLength: 8 })),
        fc.string({ unit: letters, minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (fullName, record, typed, fromName) => {
          // Half the queries are taken from the patient's own text, so that matches are common.
          const source = fromName ? `${fullName}${record ?? ""}` : "";
          const query = source.length > 1 ? source.slice(0, 1 + (typed.length % source.length)) : typed;
          const folded = foldSearchText(query);
          const rank = rankPatientMatch(patient(fullName, record), folded);
          const text = patientSearchText(fullName, record);
          const patterns = searchTextPatterns(folded);
          for (const match of Object.values(engines)) {
            expect(anyOf(match, text, patterns.matching)).toBe(rank !== null);
            expect(anyOf(match, text, patterns.best)).toBe(rank !== null && rank <= MATCH_RANKS["name-prefix"]);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("rankPatientMatch", () => {
  it.each([
    ["exact record number, any case", patient("Ann Smith", "MRN-12"), "mrn-12", MATCH_RANKS["record-number"]],
    ["name beginning", patient("Smithson Ann"), "smith", MATCH_RANKS["name-prefix"]],
    ["word beginning", patient("Ann Smith"), "smi", MATCH_RANKS["name-word"]],
    ["word beginning after a hyphen", patient("Ann Lee-Smith"), "smi", MATCH_RANKS["name-word"]],
    ["record number beginning", patient("Ann Smith", "MRN-12"), "mrn-1", MATCH_RANKS["record-number-prefix"]],
    ["name containing", patient("Ann Goldsmith"), "smith", MATCH_RANKS["name-contains"]],
    ["word beginning found after an earlier contained match", patient("Ann Jsmith Smith"), "smith", MATCH_RANKS["name-word"]],
    ["record number containing but not beginning", patient("Ann Smith", "MRN-12"), "rn-12", null],
    ["nothing", patient("Ann Smith", null), "jones", null],
  ])("%s", (_label, candidate, query, rank) => {
    expect(rankPatientMatch(candidate, query)).toBe(rank);
  });

  it("prefers a name beginning to a record number beginning, and a record number beginning to a name containing", () => {
    expect(rankPatientMatch(patient("Mrn Tester", "MRN-1"), "mrn")).toBe(MATCH_RANKS["name-prefix"]);
    expect(rankPatientMatch(patient("Tom Xmrn", "MRN-1"), "mrn")).toBe(MATCH_RANKS["record-number-prefix"]);
  });
});

describe("compareRankedPatients", () => {
  const ranked = (rank: RankedPatient["rank"], fullName: string, id: string, dateOfBirth = "1979-03-14"): RankedPatient => ({ rank, patient: patient(fullName, null, id, dateOfBirth) });

  it("orders by rank, then name as read (case and numbers), then birth date, then id", () => {
    const items = [
      ranked(2, "ann smith", "z"),
      ranked(1, "Zed", "y"),
      ranked(2, "Ann Smith", "b", "1960-01-01"),
      ranked(2, "Ann Smith", "c"),
      ranked(2, "Ann Smith", "a"),
      ranked(2, "Patient 10", "d"),
      ranked(2, "Patient 9", "e"),
    ];
    const order = [...items].sort(compareRankedPatients).map((item) => item.patient.id);
    expect(order).toEqual(["y", "z", "b", "a", "c", "e", "d"]);
  });
});

describe("BestMatches", () => {
  it("keeps the same items as sorting everything and taking the first few", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 1, max: 25 }), (values, limit) => {
        const best = new BestMatches<number>(limit, (a, b) => a - b);
        for (const value of values) best.offer(value);
        expect(best.toArray()).toEqual([...values].sort((a, b) => a - b).slice(0, limit));
      }),
    );
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(() => new BestMatches<number>(0, (a, b) => a - b)).toThrow();
  });
});

describe("the query", () => {
  it.each([
    ["", null],
    [" a ", null],
    ["  ab  ", "ab"],
    ["a".repeat(100), "a".repeat(100)],
    ["a".repeat(101), null],
  ])("normalisePatientQuery(%j) is %j", (query, expected) => {
    expect(normalisePatientQuery(query)).toBe(expected);
  });

  it("the request body takes q of 2 to 100 characters after trimming, and nothing else", () => {
    expect(patientSearchRequestSchema.safeParse({ q: "  Sm " })).toEqual({ success: true, data: { q: "Sm" } });
    for (const body of [{ q: "S" }, { q: "x".repeat(101) }, { q: 12 }, {}, { q: "Smith", extra: 1 }, null]) {
      expect(patientSearchRequestSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});
