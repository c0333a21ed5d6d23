import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { BestMatches } from "@/lib/patients/best-matches";
import { asciiLikePattern, foldSearchText } from "@/lib/patients/fold-search-text";
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

describe("asciiLikePattern", () => {
  it.each([
    ["smith", "%smith%"],
    ["zoë o'brien", "%zo% o'brien%"],
    ["müller", "%m%ller%"],
    ["σοφια", "%"],
    ["a%b_c\\d", "%a\\%b\\_c\\\\d%"],
  ])("of %j is %j", (query, pattern) => {
    expect(asciiLikePattern(query)).toBe(pattern);
  });

  it("reads wildcards in the query as plain characters", () => {
    expect(like("100% sure", asciiLikePattern("0%"))).toBe(true);
    expect(like("1000 sure", asciiLikePattern("0%"))).toBe(false);
    expect(like("a_b", asciiLikePattern("a_"))).toBe(true);
    expect(like("axb", asciiLikePattern("a_"))).toBe(false);
  });

  it("matches lower(text) on either engine for every text whose fold contains the query (the pre-filter never misses)", () => {
    const letters = fc.constantFrom(..."aAbBkKiIüÜ \u212Aİ-%_\\".split(""));
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 12 }), fc.string({ unit: letters, maxLength: 12 }), fc.string({ unit: letters, minLength: 1, maxLength: 5 }), (before, after, query) => {
        const text = `${before}${query}${after}`;
        if (!foldSearchText(text).includes(foldSearchText(query))) return;
        const pattern = asciiLikePattern(foldSearchText(query));
        // SQLite's lower() folds ASCII only; PostgreSQL's (like JavaScript's) folds outside ASCII too.
        expect(like(text.replace(/[A-Z]/g, (character) => character.toLowerCase()), pattern)).toBe(true);
        expect(like(text.toLowerCase(), pattern)).toBe(true);
      }),
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
