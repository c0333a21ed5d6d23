import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  changedFieldNames,
  confirmsChange,
  IDENTITY_FIELDS,
  identityChange,
  type PatientIdentity,
} from "@/lib/patients/identity-change";
import { SEX_AT_BIRTH } from "@/lib/screening/options";

const STORED: PatientIdentity = { fullName: "Ann Smith", dateOfBirth: "1979-03-14", sexAtBirth: "female", medicalRecordNumber: "MRN-1" };

describe("identityChange", () => {
  it("lists nothing when the identity is the same as a person reads it", () => {
    expect(identityChange(STORED, { ...STORED })).toEqual([]);
    expect(identityChange(STORED, { ...STORED, fullName: "  Ann   Smith " })).toEqual([]);
    // "é" typed as e + combining accent looks the same as the precomposed letter.
    const composed = { ...STORED, fullName: "Zoé Smith" };
    expect(identityChange(composed, { ...composed, fullName: "Zoe\u0301 Smith" })).toEqual([]);
  });

  it("counts a change of letter case: the stored name is what every page prints", () => {
    expect(identityChange(STORED, { ...STORED, fullName: "ann smith" })).toEqual([{ field: "fullName", from: "Ann Smith", to: "ann smith" }]);
  });

  it("lists each changed field with its old and new value, in the order the form shows them", () => {
    const submitted = { fullName: "Ann Jones", dateOfBirth: "1979-03-15", sexAtBirth: "intersex", medicalRecordNumber: "MRN-2" };
    expect(identityChange(STORED, submitted)).toEqual([
      { field: "fullName", from: "Ann Smith", to: "Ann Jones" },
      { field: "dateOfBirth", from: "1979-03-14", to: "1979-03-15" },
      { field: "sexAtBirth", from: "female", to: "intersex" },
      { field: "medicalRecordNumber", from: "MRN-1", to: "MRN-2" },
    ]);
  });

  it("keeps the stored record number when the submitted one is blank, and lists a first record number", () => {
    expect(identityChange(STORED, { ...STORED, medicalRecordNumber: undefined })).toEqual([]);
    expect(identityChange(STORED, { ...STORED, medicalRecordNumber: "" })).toEqual([]);
    const withoutNumber = { ...STORED, medicalRecordNumber: null };
    expect(identityChange(withoutNumber, STORED)).toEqual([{ field: "medicalRecordNumber", from: null, to: "MRN-1" }]);
  });
});

describe("confirmsChange", () => {
  const change = identityChange(STORED, { ...STORED, fullName: "Ann Jones" });

  it("accepts exactly the proposed change only", () => {
    expect(confirmsChange(change, change)).toBe(true);
    expect(confirmsChange(structuredClone(change), change)).toBe(true);
    expect(confirmsChange(undefined, change)).toBe(false);
    expect(confirmsChange([], change)).toBe(false);
  });

  it("refuses a confirmation of another stored identity or another new value (stale or edited since)", () => {
    expect(confirmsChange([{ ...change[0]!, from: "Ann Smyth" }], change)).toBe(false);
    expect(confirmsChange([{ ...change[0]!, to: "Ann Jonas" }], change)).toBe(false);
    expect(confirmsChange([...change, { field: "dateOfBirth", from: "1979-03-14", to: "1979-03-15" }], change)).toBe(false);
  });

  it("names the changed fields only, never their values", () => {
    const both = identityChange(STORED, { ...STORED, fullName: "Ann Jones", dateOfBirth: "1980-01-01" });
    expect(changedFieldNames(both)).toBe("fullName,dateOfBirth");
  });
});

const name = fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,30}[A-Za-z]$/);
const isoDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const recordNumber = fc.option(fc.stringMatching(/^[A-Z0-9-]{1,12}$/), { nil: null });
const identity = fc.record({ fullName: name, dateOfBirth: isoDate, sexAtBirth: fc.constantFrom(...SEX_AT_BIRTH), medicalRecordNumber: recordNumber });

describe("identityChange properties", () => {
  it("finds no change between an identity and itself", () => {
    fc.assert(fc.property(identity, (person) => identityChange(person, { ...person }).length === 0));
  });

  it("lists each field at most once, exactly the fields that differ, in order, and the proposal confirms itself", () => {
    fc.assert(
      fc.property(identity, identity, (stored, submitted) => {
        const change = identityChange(stored, submitted);
        const fields = change.map(({ field }) => field);
        expect(new Set(fields).size).toBe(fields.length);
        expect(fields).toEqual(IDENTITY_FIELDS.filter((field) => fields.includes(field)));
        for (const { field, from, to } of change) {
          expect(from).not.toBe(to);
          expect(to).toBe(submitted[field]);
          expect(from).toBe(stored[field]);
        }
        const differs = (field: (typeof IDENTITY_FIELDS)[number]) =>
          field === "medicalRecordNumber"
            ? submitted.medicalRecordNumber !== null && submitted.medicalRecordNumber !== stored.medicalRecordNumber
            : field === "fullName"
              ? stored.fullName.replace(/\s+/g, " ") !== submitted.fullName.replace(/\s+/g, " ")
              : stored[field] !== submitted[field];
        expect(fields).toEqual(IDENTITY_FIELDS.filter(differs));
        expect(confirmsChange(change, change)).toBe(true);
      }),
    );
  });
});
